package th.ita.portal.linkcheck;

import java.time.Instant;

/**
 * What one link answered when it was checked.
 * @param status OK, BROKEN or REFUSED
 * @param reason why not OK, or null
 * @param httpStatus the last HTTP status, or null if no answer came
 * @param finalUrl where the redirects ended (the last address asked), or null if none was asked
 * @param contentType the last answer's type, or null
 * @param sizeBytes bytes of the body read (at most {@link LinkCheckSettings#MAX_BODY_BYTES}), or null after a HEAD
 * @param sha256 SHA-256 of the body read, or null after a HEAD
 * @param at when the check began
 */
record LinkAnswer(LinkStatus status, LinkReason reason, Integer httpStatus, String finalUrl, String contentType,
		Long sizeBytes, String sha256, Instant at) {

	static LinkAnswer refused(LinkReason reason, Instant at) {
		return new LinkAnswer(LinkStatus.REFUSED, reason, null, null, null, null, null, at);
	}

	static LinkAnswer broken(LinkReason reason, Integer httpStatus, String finalUrl, String contentType, Instant at) {
		return new LinkAnswer(LinkStatus.BROKEN, reason, httpStatus, finalUrl, contentType, null, null, at);
	}

	boolean ok() {
		return this.status == LinkStatus.OK;
	}

}
