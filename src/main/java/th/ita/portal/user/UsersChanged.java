package th.ita.portal.user;

/** Published when accounts were created, enabled or disabled, so cached facts about them refresh. */
public record UsersChanged() {

}
