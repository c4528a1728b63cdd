package th.ita.portal.oit;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import th.ita.portal.common.DraftForm;
import th.ita.portal.common.RichText;
import th.ita.portal.unit.Unit;

/** What staff submit when they edit an OIT disclosure. */
public class DisclosureForm extends DraftForm {

	@NotEmpty(message = "{staff.validation.units}")
	private List<Long> unitIds = new ArrayList<>();

	@Size(max = 20000, message = "{staff.validation.too-long}")
	private String progress = "";

	/** The form of a saved disclosure (its units loaded), progress in the light markup staff type. */
	public static DisclosureForm of(OitDisclosure disclosure) {
		DisclosureForm form = new DisclosureForm();
		form.fill(disclosure.getStatus(), disclosure);
		form.setUnitIds(disclosure.getUnits().stream().map(Unit::getId).toList());
		form.setProgress(RichText.toMarkup(disclosure.getProgress()));
		return form;
	}

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
