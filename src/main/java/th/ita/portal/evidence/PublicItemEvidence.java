package th.ita.portal.evidence;

import java.util.List;

import org.springframework.stereotype.Component;

import th.ita.portal.oit.PublishedAttachments;
import th.ita.portal.oit.PublishedDisclosure;

/** The published evidence an OIT item's public page lists. */
@Component
class PublicItemEvidence implements PublishedAttachments {

	private final PublishedEvidenceRepository evidence;

	PublicItemEvidence(PublishedEvidenceRepository evidence) {
		this.evidence = evidence;
	}

	@Override
	public List<PublishedEvidence> of(PublishedDisclosure disclosure) {
		return this.evidence.findByDisclosureId(disclosure.getDisclosureId());
	}

}
