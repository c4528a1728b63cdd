package th.ita.portal.evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;

/** Checks and cleans what staff type or upload: link addresses and file names. */
final class EvidenceInput {

	static final int MAX_NAME = 255;

	private EvidenceInput() {
	}

	/** Only absolute {@code http} and {@code https} addresses with a host; never script or data URLs. */
	static boolean isWebAddress(String url) {
		if (url == null || url.isBlank() || url.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
			return false;
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * The name a file was uploaded with, fit for display and for Content-Disposition: no folders
	 * ({@code ../../x} becomes {@code x}), no control characters, at most 255 characters.
	 */
	static String displayName(String original) {
		String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.isBlank()) {
			name = "file";
		}
		return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
	}

}
