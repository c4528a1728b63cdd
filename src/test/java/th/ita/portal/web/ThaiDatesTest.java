package th.ita.portal.web;

import th.ita.portal.common.ThaiDates;

import th.ita.portal.framework.FiscalYear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class ThaiDatesTest {

	final ThaiDates dates = new ThaiDates();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void thaiReadersGetBuddhistEraYearsAndThaiMonths() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("th"));
		assertThat(this.dates.date(LocalDate.of(2022, 10, 1))).isEqualTo("1 ตุลาคม พ.ศ. 2565");
		assertThat(this.dates.date(LocalDate.of(2023, 9, 30))).isEqualTo("30 กันยายน พ.ศ. 2566");
	}

	@Test
	void englishReadersGetGregorianWithTheBuddhistYear() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.dates.date(LocalDate.of(2023, 9, 30))).isEqualTo("30 September 2023 (B.E. 2566)");
	}

	@Test
	void instantsAreShownInBangkokTime() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("th"));
		// 20:00 UTC on 30 September is already 1 October in Bangkok.
		assertThat(this.dates.date(Instant.parse("2023-09-30T20:00:00Z"))).isEqualTo("1 ตุลาคม พ.ศ. 2566");
		assertThat(this.dates.iso(Instant.parse("2023-09-30T20:00:00Z"))).isEqualTo("2023-10-01");
	}

	@Test
	void fiscalYearRunsFromOctoberToSeptember() {
		assertThat(new FiscalYear(2566).firstDay()).isEqualTo(LocalDate.of(2022, 10, 1));
		assertThat(new FiscalYear(2566).lastDay()).isEqualTo(LocalDate.of(2023, 9, 30));
	}

}
