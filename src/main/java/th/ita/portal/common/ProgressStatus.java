package th.ita.portal.common;

/**
 * Where a measure, indicator plan or OIT disclosure stands. The seed's check boxes are
 * ยังไม่ได้ดำเนินการ ({@link #NOT_STARTED}) and ดำเนินการ ({@link #DONE}).
 */
public enum ProgressStatus {

	NOT_STARTED, IN_PROGRESS, DONE;

	/** The message key of this status's label, e.g. {@code status.done}. */
	public String messageKey() {
		return "status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public boolean isDone() {
		return this == DONE;
	}

}
