package th.ita.portal.linkcheck;

/** What a link check concluded. */
public enum LinkStatus {

	/** The site served the page. */
	OK,
	/** The site answered, but not with the page (404, a sign-in page, a timeout, too many redirects, ...). */
	BROKEN,
	/** Never fetched: a scheme, port or address the portal will not fetch. */
	REFUSED,
	/** Not checked yet. */
	PENDING

}
