package th.ita.portal.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The audit log viewer's filter: a date range (Bangkok days, inclusive), a user and an action. A
 * value that does not parse, or a date outside 1900-9999, is ignored.
 */
public class AuditFilter {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private String user = "";

	private AuditAction action;

	private int page;

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = plausible(from);
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = plausible(to);
	}

	public String getUser() {
		return this.user;
	}

	public void setUser(String user) {
		this.user = user == null ? "" : user.strip();
	}

	public AuditAction getAction() {
		return this.action;
	}

	public void setAction(AuditAction action) {
		this.action = action;
	}

	public int getPage() {
		return this.page;
	}

	public void setPage(int page) {
		this.page = Math.max(0, page);
	}

	/** A date the log can hold (years 1900 to 9999); anything else is ignored, as an unreadable one is. */
	private static LocalDate plausible(LocalDate date) {
		return (date != null && date.getYear() >= 1900 && date.getYear() <= 9999) ? date : null;
	}

}
