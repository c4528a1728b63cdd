package th.ita.portal.agency;

/**
 * An agency as a request sees it: which one, its address name (slug), its name, and whether it is
 * served at all. Immutable, kept in memory by {@link AgencyDirectory}.
 */
public record AgencyRef(long id, String slug, String name, boolean enabled) {

}
