package th.ita.portal.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Every entity tag the portal sends is built here. The application's pages get a weak one
 * ({@link PublicCaching}): it names what a page shows, which Tomcat may or may not compress. What
 * is kept as exact bytes (a cached page, a rendered report) gets a strong one made from it, since
 * those bytes do not change until the next publish; each of its encodings, and each rendering
 * whose bytes differ, must then be a representation of its own (RFC 9110 8.8.3).
 */
public final class ETags {

	private ETags() {
	}

	/** A weak ETag of an opaque tag (which must not contain a quote). */
	public static String weak(String opaque) {
		return "W/\"" + opaque + "\"";
	}

	/** An ETag made strong: always one quoted opaque tag, whether it came weak, quoted or bare. */
	public static String strong(String etag) {
		String tag = etag.startsWith("W/") ? etag.substring(2) : etag;
		return (tag.length() > 1 && tag.startsWith("\"") && tag.endsWith("\"")) ? tag : "\"" + tag + "\"";
	}

	/** The strong ETag of the same bytes in a content coding ({@code gzip}): another representation. */
	public static String encoded(String etag, String coding) {
		return suffixed(etag, coding);
	}

	/**
	 * The strong ETag of one rendering: the ETag of what it shows with the first 16 hex digits of
	 * the SHA-256 of its bytes, for renderings that are not byte-identical to another of the same
	 * content (PDF and Word files carry the time they were made).
	 */
	public static String ofBytes(String etag, byte[] bytes) {
		return suffixed(etag, HexFormat.of().formatHex(sha256(bytes), 0, 8));
	}

	private static String suffixed(String etag, String suffix) {
		String strong = strong(etag);
		return strong.substring(0, strong.length() - 1) + "-" + suffix + "\"";
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
