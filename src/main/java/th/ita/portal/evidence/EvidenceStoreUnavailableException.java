package th.ita.portal.evidence;

import th.ita.portal.web.Unavailable;

/**
 * The evidence store (a directory or an S3-compatible bucket) could not be reached or refused to
 * keep or give a file. Uploads get a clear message and nothing is kept; downloads get the 503 page.
 */
public class EvidenceStoreUnavailableException extends RuntimeException implements Unavailable {

	private static final long serialVersionUID = 1L;

	EvidenceStoreUnavailableException(String what, Throwable cause) {
		super(what, cause);
	}

}
