package th.ita.portal.framework;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Thai fiscal year (ปีงบประมาณ), named by its Buddhist-Era year: FY 2566 runs from
 * 1 October 2022 to 30 September 2023.
 */
public record FiscalYear(int buddhistYear) {

	private static final int BUDDHIST_OFFSET = 543;

	public LocalDate firstDay() {
		return LocalDate.of(this.buddhistYear - BUDDHIST_OFFSET - 1, Month.OCTOBER, 1);
	}

	public LocalDate lastDay() {
		return LocalDate.of(this.buddhistYear - BUDDHIST_OFFSET, Month.SEPTEMBER, 30);
	}

}
