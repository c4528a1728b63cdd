package th.ita.portal.web.cache;

/**
 * Raised (outside any request or transaction) when this instance hears that another changed what
 * the public sees, or hears again after a time it could not: what an instance keeps in memory about
 * public content, besides the page caches, must be read again; and, when
 * {@code agenciesMayHaveChanged} (a platform change to agencies, or a time this instance could not
 * hear), the directory of agencies too. Its listeners run before the new generation starts, so that
 * no page of it is rendered from what they have yet to read again.
 */
public record PublicContentHeard(boolean agenciesMayHaveChanged) {
}
