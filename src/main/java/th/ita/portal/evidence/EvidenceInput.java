package th.ita.portal.evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks and cleans what staff type or upload: link addresses, titles and file names. Titles and
 * names are shown to the public as names, so they are plain text on one line: no control
 * characters (NUL included), no bidirectional controls (U+202E shows {@code exe.pdf} as
 * {@code fdp.exe}) and no other invisible format characters (zero-width spaces and joiners, the
 * byte order mark, soft hyphens, tags). Thai needs none of them: its vowels and tone marks are
 * combining marks, which are kept, and a zero-width space between Thai words only hints where a
 * line may break, so removing it changes nothing a reader sees.
 */
final class EvidenceInput {

	static final int MAX_NAME = 255;

	/** The name of a file whose uploaded name has nothing left once cleaned. */
	static final String NO_NAME = "file";

	private static final Locale THAI = Locale.forLanguageTag("th");

	/** What follows the last dot of a file name when it is an extension: letters and digits, at least one letter. */
	private static final Pattern EXTENSION = Pattern.compile("(?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,10}");

	private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\s]+");

	private EvidenceInput() {
	}

	/**
	 * Only absolute {@code http} and {@code https} addresses with a host; never script or data URLs,
	 * and none with spaces, control or invisible format characters.
	 */
	static boolean isWebAddress(String url) {
		if (url == null || url.isBlank()
				|| url.codePoints().anyMatch(c -> c <= ' ' || c == 0x7f || isControlOrFormat(c) || Character.isSpaceChar(c))) {
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
	 * Text as one clean line (titles, names): NFC; line breaks, tabs and other spaces as one plain
	 * space; control and format characters (bidirectional controls, zero-width characters, NUL,
	 * lone surrogates) removed; no space at either end.
	 */
	static String plainText(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		StringBuilder clean = new StringBuilder(text.length());
		Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(c -> {
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85) {
				clean.append(' ');
			}
			else if (!isControlOrFormat(c)) {
				clean.appendCodePoint(c);
			}
		});
		return SPACES.matcher(clean).replaceAll(" ").strip();
	}

	private static boolean isControlOrFormat(int c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
				|| type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
				|| (c & 0xFFFE) == 0xFFFE;
	}

	/**
	 * The name a file is kept and offered under: its uploaded name as {@link #plainText}, without
	 * folders ({@code ../../x} and {@code C:\dir\x} become {@code x}) or leading dots and spaces, cut
	 * to 255 characters between whole characters, and ending in an extension of the type its content
	 * was found to be. An extension of that type is kept as typed ({@code photo.JPEG}); another one
	 * ({@code real.docm} for a Word document, {@code x.exe} for a PDF) is replaced; a name without one
	 * gets the type's usual one. A number after the last dot ({@code No. 1.5}) is not an extension. A
	 * name with nothing left ({@code ..}, NUL, spaces) is {@value #NO_NAME} with the extension.
	 * Cleaning a name already clean leaves it as it is.
	 */
	static String fileName(String original, EvidenceType type) {
		String name = plainText(original);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		String extension = "";
		int dot = name.lastIndexOf('.');
		if (dot >= 0 && EXTENSION.matcher(name.substring(dot + 1)).matches()) {
			extension = name.substring(dot + 1);
			name = name.substring(0, dot);
		}
		int start = 0;
		while (start < name.length() && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
			start++;
		}
		name = name.substring(start).stripTrailing();
		if (name.isEmpty()) {
			name = NO_NAME;
		}
		if (!type.extensions().contains(extension.toLowerCase(Locale.ROOT))) {
			extension = type.extensions().get(0);
		}
		String base = cut(name, MAX_NAME - extension.length() - 1).stripTrailing();
		return (base.isEmpty() ? NO_NAME : base) + "." + extension;
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

}
