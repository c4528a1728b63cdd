package th.ita.portal.evidence;

import java.util.ArrayList;
import java.util.List;

import th.ita.portal.common.BuddhistDateText;
import th.ita.portal.common.PeriodForm;

/**
 * What a piece of evidence covers, as staff type it: the item's components it is tied to, the
 * document's date and the period it covers, each date as text in พ.ศ. (kept as typed when refused).
 */
public class DetailsForm extends PeriodForm {

	private List<Long> components = new ArrayList<>();

	private String documentDate = "";

	private Long version;

	static DetailsForm of(Evidence evidence) {
		DetailsForm form = new DetailsForm();
		form.components = new ArrayList<>(evidence.getComponentIds());
		form.documentDate = BuddhistDateText.format(evidence.getDates().documentDate());
		form.setPeriodFrom(BuddhistDateText.format(evidence.getDates().periodFrom()));
		form.setPeriodTo(BuddhistDateText.format(evidence.getDates().periodTo()));
		form.version = evidence.getVersion();
		return form;
	}

	public List<Long> getComponents() {
		return this.components;
	}

	public void setComponents(List<Long> components) {
		this.components = components == null ? new ArrayList<>() : new ArrayList<>(components);
	}

	public String getDocumentDate() {
		return this.documentDate;
	}

	public void setDocumentDate(String documentDate) {
		this.documentDate = documentDate == null ? "" : documentDate.strip();
	}

	/** The document's date, null when blank or refused (the reason goes to {@code errors}). */
	java.time.LocalDate documentDate(org.springframework.validation.Errors errors) {
		return date(this.documentDate, "documentDate", errors);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public boolean ties(Long componentId) {
		return this.components.contains(componentId);
	}

}
