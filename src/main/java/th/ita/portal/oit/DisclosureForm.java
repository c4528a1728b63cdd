package th.ita.portal.oit;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import th.ita.portal.common.DraftForm;

/** What staff submit when they edit an OIT disclosure. */
public class DisclosureForm extends DraftForm {

	@NotEmpty(message = "{staff.validation.units}")
	private List<Long> unitIds = new ArrayList<>();

	@Size(max = 20000, message = "{staff.validation.too-long}")
	private String progress = "";

	public List<Long> getUnitIds() {
		return this.unitIds;
	}

	public void setUnitIds(List<Long> unitIds) {
		this.unitIds = (unitIds != null) ? unitIds : new ArrayList<>();
	}

	public String getProgress() {
		return this.progress;
	}

	public void setProgress(String progress) {
		this.progress = (progress != null) ? progress : "";
	}

}
