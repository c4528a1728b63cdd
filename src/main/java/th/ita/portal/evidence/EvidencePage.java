package th.ita.portal.evidence;

import java.util.List;

import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;

import th.ita.portal.oit.OitDisclosure;

/** What the staff evidence page shows: the disclosure, its draft evidence in order, and whether the user may edit. */
public record EvidencePage(OitDisclosure disclosure, List<Evidence> evidence, boolean canEdit, DataSize maxSize) {

	static final String VIEW = "evidence/page";

	/** Shows this page, with empty forms for a link and a file unless the request kept the user's. */
	String show(Model model) {
		model.addAttribute("page", this);
		if (!model.containsAttribute("linkForm")) {
			model.addAttribute("linkForm", new LinkForm());
		}
		if (!model.containsAttribute("fileForm")) {
			model.addAttribute("fileForm", new FileForm());
		}
		return VIEW;
	}

	public long maxBytes() {
		return this.maxSize.toBytes();
	}

	public String allowedTypes() {
		return EvidenceType.allowedLabels();
	}

	public boolean first(Evidence e) {
		return !this.evidence.isEmpty() && this.evidence.get(0).equals(e);
	}

	public boolean last(Evidence e) {
		return !this.evidence.isEmpty() && this.evidence.get(this.evidence.size() - 1).equals(e);
	}

}
