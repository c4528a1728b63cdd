package th.ita.portal.common;

import jakarta.validation.constraints.NotNull;

/**
 * What every draft's form has: its progress status, and the version of the record it was opened
 * on, so that a save over someone else's is refused ({@link StaleVersionException}).
 */
public abstract class DraftForm {

	@NotNull(message = "{staff.validation.status}")
	private ProgressStatus status;

	private long version;

	/** Starts the form from the record's saved status and its current version. */
	protected void fill(ProgressStatus status, EditableEntity record) {
		this.status = status;
		this.version = record.getVersion();
	}

	public ProgressStatus getStatus() {
		return this.status;
	}

	public void setStatus(ProgressStatus status) {
		this.status = status;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
