package th.ita.portal.linkcheck;

/** Why a link is not OK; each has a message key {@code linkcheck.reason.<NAME>}. */
public enum LinkReason {

	/** 404 or 410. */
	NOT_FOUND,
	/** Another answer that is not a page: 4xx or 5xx. */
	HTTP_ERROR,
	/** A sign-in or permission page (Google Drive, OneDrive, SharePoint), a 401 or a 403. */
	SIGN_IN_PAGE,
	/** No answer in time. */
	TIMEOUT,
	/** More than five redirects, or a redirect without a place to go. */
	TOO_MANY_REDIRECTS,
	/** A redirect to an address that cannot be read. */
	BAD_REDIRECT,
	/** The name resolves to a loopback, private, link-local, metadata or otherwise internal address. */
	UNSAFE_ADDRESS,
	/** Not http or https (javascript:, file:, data:, ...). */
	BAD_SCHEME,
	/** A port other than 80 and 443 (and those the setting allows). */
	BAD_PORT,
	/** A name and password in the address (user@host). */
	USERINFO,
	/** Longer than the portal keeps (2000 characters) or not a valid address. */
	BAD_ADDRESS,
	/** The name does not resolve. */
	UNKNOWN_HOST,
	/** The connection failed (refused, reset, TLS). */
	CONNECT_FAILED

}
