package th.ita.portal.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.oit.DisclosurePublishListener;
import th.ita.portal.oit.OitDisclosure;

/**
 * Publishes a disclosure's evidence with it, in the publishing transaction: the public copies
 * are replaced by copies of the current draft, and files nothing names any more are removed
 * once that transaction commits.
 */
@Component
class EvidencePublisher implements DisclosurePublishListener {

	private final EvidenceRepository evidence;

	private final PublishedEvidenceRepository published;

	private final EvidenceStorage storage;

	EvidencePublisher(EvidenceRepository evidence, PublishedEvidenceRepository published, EvidenceStorage storage) {
		this.evidence = evidence;
		this.published = published;
		this.storage = storage;
	}

	@Override
	@Transactional
	public String published(OitDisclosure disclosure, Instant at, String by) {
		List<Evidence> drafts = this.evidence.findByDisclosure(disclosure);
		Set<String> stillNamed = drafts.stream()
			.filter(Evidence::isFile)
			.map(e -> e.getFile().getStorageKey())
			.collect(Collectors.toSet());
		for (PublishedEvidence old : this.published.findByDisclosureId(disclosure.getId())) {
			this.published.delete(old);
			String key = old.isFile() ? old.getFile().getStorageKey() : null;
			if (key != null && !stillNamed.contains(key) && !this.evidence.existsByStorageKey(key)) {
				this.storage.deleteAfterCommit(key);
			}
		}
		for (int i = 0; i < drafts.size(); i++) {
			this.published.save(new PublishedEvidence(drafts.get(i), i + 1, at, Objects.requireNonNull(by)));
		}
		return EvidenceText.of(drafts);
	}

}
