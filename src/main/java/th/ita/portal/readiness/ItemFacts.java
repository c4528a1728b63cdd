package th.ita.portal.readiness;

import java.util.List;

import th.ita.portal.evidence.PublishedEvidence;
import th.ita.portal.oit.OitDisclosure;
import th.ita.portal.oit.PublishedDisclosure;

/**
 * What is known of one item when it is judged: the draft, its published copy (null if never
 * published), the item's components, the published evidence with its ties and dates, and the
 * item's rule (null: the fiscal year's default).
 */
record ItemFacts(OitDisclosure draft, PublishedDisclosure published, List<ComponentRow> components,
		List<PublishedEvidence> evidence, ReadinessRule rule) {
}
