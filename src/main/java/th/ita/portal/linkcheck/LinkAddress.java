package th.ita.portal.linkcheck;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * An address the checker may fetch, or the reason it may not: only http and https, no name and
 * password in it, at most {@link LinkCheckSettings#MAX_URL_LENGTH} characters, a host, and a port
 * the settings allow. Thai letters and spaces in a path are percent-encoded as a browser would.
 */
record LinkAddress(URI uri, LinkReason refusal) {

	static LinkAddress of(String text, IntPredicate portAllowed) {
		if (text == null || text.isBlank() || text.length() > LinkCheckSettings.MAX_URL_LENGTH) {
			return refused(LinkReason.BAD_ADDRESS);
		}
		URI uri;
		try {
			uri = new URI(encode(text.strip()));
		}
		catch (URISyntaxException ex) {
			return refused(LinkReason.BAD_ADDRESS);
		}
		return of(uri, portAllowed);
	}

	/** Where a redirect's {@code Location} leads from {@code from}, checked the same way. */
	static LinkAddress redirect(URI from, String location, IntPredicate portAllowed) {
		if (location == null || location.isBlank() || location.length() > LinkCheckSettings.MAX_URL_LENGTH) {
			return refused(LinkReason.BAD_REDIRECT);
		}
		try {
			return of(from.resolve(new URI(encode(location.strip()))), portAllowed);
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return refused(LinkReason.BAD_REDIRECT);
		}
	}

	private static LinkAddress of(URI uri, IntPredicate portAllowed) {
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return refused(LinkReason.BAD_SCHEME);
		}
		if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
			return refused(LinkReason.USERINFO);
		}
		if (uri.getHost() == null || uri.getHost().isEmpty()) {
			return refused(LinkReason.BAD_ADDRESS);
		}
		int port = uri.getPort() == -1 ? (scheme.equals("https") ? 443 : 80) : uri.getPort();
		if (!portAllowed.test(port)) {
			return refused(LinkReason.BAD_PORT);
		}
		return new LinkAddress(uri, null);
	}

	private static LinkAddress refused(LinkReason reason) {
		return new LinkAddress(null, reason);
	}

	boolean refused() {
		return this.refusal != null;
	}

	/** Percent-encodes what a URI may not hold as it is (non-ASCII letters, spaces, controls). */
	static String encode(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
					|| c == '{' || c == '|' || c == '}') {
				out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
			else {
				out.append((char) c);
			}
		}
		return out.toString();
	}

}
