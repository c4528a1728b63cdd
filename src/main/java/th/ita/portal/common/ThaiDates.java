package th.ita.portal.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as Thai readers expect them: Buddhist Era years and Thai month names
 * ({@code 25 พฤศจิกายน 2569}); in English the Gregorian date followed by the B.E. year. Templates
 * call it as {@code ${@thaiDates.date(instant)}}.
 */
@Component("thaiDates")
public class ThaiDates {

	public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private static final DateTimeFormatter THAI_DATE = DateTimeFormatter.ofPattern("d MMMM G yyyy")
		.localizedBy(Locale.forLanguageTag("th-TH-u-ca-buddhist"));

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	public String date(Instant instant) {
		return instant == null ? "" : date(instant.atZone(BANGKOK).toLocalDate());
	}

	public String date(LocalDate date) {
		if (date == null) {
			return "";
		}
		if ("en".equals(LocaleContextHolder.getLocale().getLanguage())) {
			return ENGLISH_DATE.format(date) + " (B.E. " + buddhistYear(date) + ")";
		}
		return THAI_DATE.format(date);
	}

	/** Date and time of day in Bangkok, e.g. {@code 25 พฤศจิกายน พ.ศ. 2569 14:05:09}. */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		ZonedDateTime local = instant.atZone(BANGKOK);
		return date(local.toLocalDate()) + " " + TIME.format(local);
	}

	/** The ISO date-time for {@code <time datetime>}. */
	public String isoDateTime(Instant instant) {
		return instant == null ? "" : instant.atZone(BANGKOK).toOffsetDateTime().toString();
	}

	/** The ISO date for {@code <time datetime>}. */
	public String iso(Instant instant) {
		return instant == null ? "" : instant.atZone(BANGKOK).toLocalDate().toString();
	}

	public static int buddhistYear(LocalDate date) {
		return date.getYear() + 543;
	}

}
