package th.ita.portal.export;

/** Thai (๐–๙) or Arabic (0–9) digits in exported texts. */
final class Digits {

	private static final char THAI_ZERO = '\u0E50';

	private Digits() {
	}

	/** Arabic digits replaced by Thai ones. */
	static String thai(String text) {
		return map(text, '0', '9', THAI_ZERO);
	}

	/** Thai digits replaced by Arabic ones. */
	static String arabic(String text) {
		return map(text, THAI_ZERO, (char) (THAI_ZERO + 9), '0');
	}

	private static String map(String text, char from, char to, char zero) {
		if (text == null) {
			return null;
		}
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] >= from && chars[i] <= to) {
				chars[i] = (char) (zero + (chars[i] - from));
			}
		}
		return new String(chars);
	}

}
