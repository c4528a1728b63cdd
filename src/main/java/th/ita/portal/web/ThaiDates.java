package th.ita.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

	/** A moment with its time of day in Bangkok, e.g. {@code 25 พฤศจิกายน พ.ศ. 2569 15:04 น.}. */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		var local = instant.atZone(BANGKOK);
		String time = String.format("%02d:%02d", local.getHour(), local.getMinute());
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		return date(local.toLocalDate()) + " " + (english ? time : time + " น.");
	}

	/** The ISO date for {@code <time datetime>}. */
	public String iso(Instant instant) {
		return instant == null ? "" : instant.atZone(BANGKOK).toLocalDate().toString();
	}

	public static int buddhistYear(LocalDate date) {
		return date.getYear() + 543;
	}

}
