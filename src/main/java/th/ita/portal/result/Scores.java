package th.ita.portal.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Reads a score as typed: 0 to 100, at most two decimals, Arabic or Thai digits. */
final class Scores {

	private static final Pattern SHAPE = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");

	static final BigDecimal HUNDRED = new BigDecimal(100);

	private Scores() {
	}

	/** The score, or null for empty text; throws {@link IllegalArgumentException} for anything else. */
	static BigDecimal parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String arabic = toArabic(text.strip());
		if (!SHAPE.matcher(arabic).matches()) {
			throw new IllegalArgumentException("not a score");
		}
		BigDecimal value = new BigDecimal(arabic);
		if (value.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException("over 100");
		}
		return value.setScale(2, RoundingMode.UNNECESSARY);
	}

	static String text(BigDecimal value) {
		return (value == null) ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static String toArabic(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			out.append((c >= '\u0E50' && c <= '\u0E59') ? (char) ('0' + (c - '\u0E50')) : c);
		}
		return out.toString();
	}

}
