package th.ita.portal.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import th.ita.portal.common.DraftForm;
import th.ita.portal.common.RichText;

/** What staff submit for an indicator plan. */
public class PlanForm extends DraftForm {

	@Size(max = 20000, message = "{staff.validation.too-long}")
	private String guideline = "";

	@Size(max = 2000, message = "{staff.validation.too-long}")
	private String responsible = "";

	@Size(max = 500, message = "{staff.validation.too-long}")
	private String period = "";

	@Size(max = 20000, message = "{staff.validation.too-long}")
	private String progress = "";

	@NotNull(message = "{staff.validation.unit}")
	private Long unitId;

	/** The form of a saved plan, its long fields in the light markup staff type. */
	public static PlanForm of(IndicatorPlan p) {
		PlanForm form = new PlanForm();
		form.fill(p.getStatus(), p);
		form.setGuideline(RichText.toMarkup(p.getGuideline()));
		form.setResponsible(p.getResponsible());
		form.setPeriod(p.getPeriod());
		form.setProgress(RichText.toMarkup(p.getProgress()));
		form.setUnitId(p.getUnit() == null ? null : p.getUnit().getId());
		return form;
	}

	public String getGuideline() {
		return this.guideline;
	}

	public void setGuideline(String guideline) {
		this.guideline = (guideline != null) ? guideline : "";
	}

	public String getResponsible() {
		return this.responsible;
	}

	public void setResponsible(String responsible) {
		this.responsible = (responsible != null) ? responsible : "";
	}

	public String getPeriod() {
		return this.period;
	}

	public void setPeriod(String period) {
		this.period = (period != null) ? period : "";
	}

	public String getProgress() {
		return this.progress;
	}

	public void setProgress(String progress) {
		this.progress = (progress != null) ? progress : "";
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

}
