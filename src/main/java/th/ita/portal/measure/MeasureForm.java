package th.ita.portal.measure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import th.ita.portal.common.DraftForm;
import th.ita.portal.common.ProgressStatus;
import th.ita.portal.common.RichText;

/** What staff submit for a measure: plain text for short fields, light markup for long ones. */
public class MeasureForm extends DraftForm {

	@NotBlank(message = "{staff.validation.required}")
	@Size(max = 1000, message = "{staff.validation.too-long}")
	private String name = "";

	@Size(max = 20000, message = "{staff.validation.too-long}")
	private String method = "";

	@Size(max = 500, message = "{staff.validation.too-long}")
	private String period = "";

	@Size(max = 2000, message = "{staff.validation.too-long}")
	private String responsible = "";

	@Size(max = 20000, message = "{staff.validation.too-long}")
	private String summary = "";

	@Size(max = 20000, message = "{staff.validation.too-long}")
	private String outcome = "";

	@NotNull(message = "{staff.validation.unit}")
	private Long unitId;

	public MeasureForm() {
		setStatus(ProgressStatus.NOT_STARTED);
	}

	/** The form of a saved measure, its long fields in the light markup staff type. */
	public static MeasureForm of(Measure m) {
		MeasureForm form = new MeasureForm();
		form.fill(m.getStatus(), m);
		form.setName(m.getName());
		form.setMethod(RichText.toMarkup(m.getMethod()));
		form.setPeriod(m.getPeriod());
		form.setResponsible(m.getResponsible());
		form.setSummary(RichText.toMarkup(m.getSummary()));
		form.setOutcome(RichText.toMarkup(m.getOutcome()));
		form.setUnitId(m.getUnit() == null ? null : m.getUnit().getId());
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = orEmpty(name);
	}

	public String getMethod() {
		return this.method;
	}

	public void setMethod(String method) {
		this.method = orEmpty(method);
	}

	public String getPeriod() {
		return this.period;
	}

	public void setPeriod(String period) {
		this.period = orEmpty(period);
	}

	public String getResponsible() {
		return this.responsible;
	}

	public void setResponsible(String responsible) {
		this.responsible = orEmpty(responsible);
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = orEmpty(summary);
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = orEmpty(outcome);
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
