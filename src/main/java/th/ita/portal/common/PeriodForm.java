package th.ita.portal.common;

import java.time.LocalDate;

import org.springframework.validation.Errors;

/**
 * The base of a form with a period typed in พ.ศ. ({@code periodFrom}, {@code periodTo}), kept as
 * typed so that a refused form shows it again ({@link BuddhistDateText}).
 */
public abstract class PeriodForm {

	private String periodFrom = "";

	private String periodTo = "";

	public String getPeriodFrom() {
		return this.periodFrom;
	}

	public void setPeriodFrom(String periodFrom) {
		this.periodFrom = periodFrom == null ? "" : periodFrom.strip();
	}

	public String getPeriodTo() {
		return this.periodTo;
	}

	public void setPeriodTo(String periodTo) {
		this.periodTo = periodTo == null ? "" : periodTo.strip();
	}

	/**
	 * The period, both ends null when none was typed; what is wrong goes to {@code errors}: a date that
	 * is not one or lies outside 2500–2700, an end before the start, or only one end.
	 */
	public LocalDate[] period(Errors errors) {
		LocalDate from = date(this.periodFrom, "periodFrom", errors);
		LocalDate to = date(this.periodTo, "periodTo", errors);
		if (from != null && to != null && from.isAfter(to)) {
			errors.rejectValue("periodTo", "date.period.inverted");
		}
		else if ((from == null) != (to == null) && !errors.hasFieldErrors("periodFrom") && !errors.hasFieldErrors("periodTo")) {
			errors.rejectValue(from == null ? "periodFrom" : "periodTo", "date.period.incomplete");
		}
		return new LocalDate[] { from, to };
	}

	/** A date typed in a field, null when blank or refused (the reason goes to {@code errors}). */
	protected static LocalDate date(String text, String field, Errors errors) {
		try {
			return BuddhistDateText.parse(text);
		}
		catch (BuddhistDateText.Refused ex) {
			errors.rejectValue(field, ex.messageKey());
			return null;
		}
	}

}
