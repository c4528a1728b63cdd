package th.ita.portal.linkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/** One request's answer, with the first bytes of its body when it was a GET: what {@link LinkChecker} concludes from it. */
final class Hop {

	final int status;

	final String location;

	final String contentType;

	final boolean get;

	final byte[] body = new byte[LinkCheckSettings.MAX_BODY_BYTES];

	int length;

	boolean slow;

	Hop(int status, String location, String contentType, boolean get) {
		this.status = status;
		this.location = location;
		this.contentType = contentType;
		this.get = get;
	}

	boolean redirect() {
		return this.status == 301 || this.status == 302 || this.status == 303 || this.status == 307
				|| this.status == 308;
	}

	/** HEAD refused or odd (405, 501, other errors some servers give HEAD only), or an HTML page to read for a sign-in form. */
	boolean wantsGet() {
		if (this.status >= 200 && this.status < 300) {
			return this.contentType == null || this.contentType.toLowerCase(Locale.ROOT).contains("html");
		}
		return this.status != 404 && this.status != 410;
	}

	void read(InputStream in, long maxMillis) throws IOException {
		long deadline = System.nanoTime() + maxMillis * 1_000_000L;
		int n;
		while (this.length < this.body.length && (n = in.read(this.body, this.length, this.body.length - this.length)) != -1) {
			this.length += n;
			if (System.nanoTime() > deadline) {
				this.slow = true;
				return;
			}
		}
	}

	LinkAnswer answer(URI uri, Instant at) {
		String url = uri.toString();
		if (this.slow) {
			return LinkAnswer.broken(LinkReason.TIMEOUT, this.status, url, this.contentType, at);
		}
		Long size = this.get ? (long) this.length : null;
		String sha = this.get ? sha256(this.body, this.length) : null;
		LinkReason reason = null;
		if (SignInPages.signInStatus(this.status)) {
			reason = LinkReason.SIGN_IN_PAGE;
		}
		else if (this.status == 404 || this.status == 410) {
			reason = LinkReason.NOT_FOUND;
		}
		else if (this.status >= 400) {
			reason = LinkReason.HTTP_ERROR;
		}
		else if (this.status < 200 || this.status >= 300) {
			reason = LinkReason.BAD_REDIRECT;
		}
		else if (this.get && SignInPages.signInBody(this.body, this.length, this.contentType)) {
			reason = LinkReason.SIGN_IN_PAGE;
		}
		return new LinkAnswer(reason == null ? LinkStatus.OK : LinkStatus.BROKEN, reason, this.status, url,
				this.contentType, size, sha, at);
	}

	private static String sha256(byte[] bytes, int length) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(bytes, 0, length);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
