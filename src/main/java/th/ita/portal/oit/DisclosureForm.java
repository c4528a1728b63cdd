package th.ita.portal.oit;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import th.ita.portal.common.ProgressStatus;

/** What staff submit when they edit an OIT disclosure. */
public class DisclosureForm {

	@NotEmpty(message = "{staff.validation.units}")
	private List<Long> unitIds = new ArrayList<>();

	@NotNull(message = "{staff.validation.status}")
	private ProgressStatus status;

	@Size(max = 20000, message = "{staff.validation.too-long}")
	private String progress = "";

	private long version;

	public List<Long> getUnitIds() {
		return this.unitIds;
	}

	public void setUnitIds(List<Long> unitIds) {
		this.unitIds = (unitIds != null) ? unitIds : new ArrayList<>();
	}

	public ProgressStatus getStatus() {
		return this.status;
	}

	public void setStatus(ProgressStatus status) {
		this.status = status;
	}

	public String getProgress() {
		return this.progress;
	}

	public void setProgress(String progress) {
		this.progress = (progress != null) ? progress : "";
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
