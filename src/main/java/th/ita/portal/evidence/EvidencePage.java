package th.ita.portal.evidence;

import java.util.List;

import org.springframework.util.unit.DataSize;

import th.ita.portal.oit.OitDisclosure;

/** What the staff evidence page shows: the disclosure, its draft evidence in order, and whether the user may edit. */
public record EvidencePage(OitDisclosure disclosure, List<Evidence> evidence, boolean canEdit, DataSize maxSize) {

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
