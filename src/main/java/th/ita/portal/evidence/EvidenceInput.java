package th.ita.portal.evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and cleans what staff type or upload: link addresses and file names. */
final class EvidenceInput {

	static final int MAX_NAME = 255;

	private static final Locale THAI = Locale.forLanguageTag("th");

	/** What follows the last dot of a file name when it is an extension: letters and digits, at least one letter. */
	private static final Pattern EXTENSION = Pattern.compile("(?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,10}");

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
	 * The name a file is kept and offered under: its uploaded name made harmless
	 * ({@link #displayName}), ending in an extension of the type its content was found to be. An
	 * extension of that type is kept as typed ({@code photo.JPEG}); another one ({@code real.docm}
	 * for a Word document, {@code x.exe} for a PDF) is replaced; a name without one gets the type's
	 * usual one. A number after the last dot ({@code No. 1.5}) is not an extension.
	 */
	static String fileName(String original, EvidenceType type) {
		String name = displayName(original);
		String lower = name.toLowerCase(Locale.ROOT);
		for (String extension : type.extensions()) {
			if (lower.endsWith("." + extension) && lower.length() > extension.length() + 1) {
				return name;
			}
		}
		int dot = name.lastIndexOf('.');
		if (dot > 0 && EXTENSION.matcher(name.substring(dot + 1)).matches()) {
			name = name.substring(0, dot).strip();
		}
		String extension = "." + type.extensions().get(0);
		return cut(name, MAX_NAME - extension.length()) + extension;
	}

	/** The text cut to at most {@code max} characters, between two whole characters as a reader sees them. */
	static String cut(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		BreakIterator characters = BreakIterator.getCharacterInstance(THAI);
		characters.setText(text);
		return text.substring(0, characters.preceding(max + 1));
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
