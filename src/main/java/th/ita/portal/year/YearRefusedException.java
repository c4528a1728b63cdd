package th.ita.portal.year;

/** A year that cannot be opened as asked: the message key of the reason, with its arguments. */
public class YearRefusedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] args;

	YearRefusedException(String field, String messageKey, Object... args) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
	}

	/** The form field the reason belongs to ({@code year}, {@code framework}, {@code carryFrom}). */
	public String getField() {
		return this.field;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArgs() {
		return this.args.clone();
	}

	/** The same year was opened first (by this admin earlier, or by another at the same moment). */
	public boolean isAlreadyOpen() {
		return "years.problem.already-open".equals(this.messageKey);
	}

}
