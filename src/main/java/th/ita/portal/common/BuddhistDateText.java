package th.ita.portal.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as staff type it: day/month/year with a Buddhist-Era year, in Arabic or Thai digits
 * ({@code 31/3/2566}, {@code ๓๑/๐๓/๒๕๖๖}); dots and dashes may stand for the slashes. Years outside
 * 2500–2700 are refused, so a Gregorian year typed by mistake is caught.
 */
public final class BuddhistDateText {

	public static final int MIN_YEAR = 2500;

	public static final int MAX_YEAR = 2700;

	private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");

	private BuddhistDateText() {
	}

	/** The date, null for blank text; else a {@link Refused} with the message key of what is wrong. */
	public static LocalDate parse(String text) {
		String clean = arabicDigits(text == null ? "" : text.strip());
		if (clean.isEmpty()) {
			return null;
		}
		Matcher m = DATE.matcher(clean);
		if (!m.matches()) {
			throw new Refused("date.be.invalid");
		}
		int year = Integer.parseInt(m.group(3));
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw new Refused("date.be.out-of-range");
		}
		try {
			return LocalDate.of(year - 543, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
		}
		catch (DateTimeException ex) {
			throw new Refused("date.be.invalid");
		}
	}

	/** The text staff type for a date: {@code 31/3/2566}; blank for none. */
	public static String format(LocalDate date) {
		return date == null ? "" : date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + ThaiDates.buddhistYear(date);
	}

	static String arabicDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
		}
		return out.toString();
	}

	/** Text that is not a date staff may enter; the message key says why. */
	public static final class Refused extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public Refused(String messageKey) {
			super(messageKey);
		}

		public String messageKey() {
			return getMessage();
		}

	}

}
