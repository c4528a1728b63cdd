package th.ita.portal.oit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.common.NotFoundException;
import th.ita.portal.common.RetriedOnLostRace;
import th.ita.portal.common.StaleVersionException;
import th.ita.portal.history.EntityKind;
import th.ita.portal.history.History;
import th.ita.portal.history.RevisionAction;
import th.ita.portal.report.Publications;

/**
 * Publishing an OIT item: its draft (and, through the listeners, its evidence) becomes what the
 * public sees, atomically, with a revision that keeps the published copy.
 */
@RetriedOnLostRace
@Service
@Transactional
public class DisclosurePublisher {

	private final OitDisclosureRepository disclosures;

	private final PublishedDisclosureRepository published;

	private final List<DisclosurePublishListener> listeners;

	private final Publications publications;

	private final History history;

	private final DisclosureAccess access;

	private final CurrentAgency agency;

	DisclosurePublisher(OitDisclosureRepository disclosures, PublishedDisclosureRepository published,
			List<DisclosurePublishListener> listeners, Publications publications, History history,
			DisclosureAccess access, CurrentAgency agency) {
		this.access = access;
		this.disclosures = disclosures;
		this.published = published;
		this.listeners = listeners;
		this.publications = publications;
		this.history = history;
		this.agency = agency;
	}

	/**
	 * An approver or admin publishes one item: the draft they saw ({@code version}), or, when
	 * someone saved since, nothing ({@link StaleVersionException}).
	 */
	public void publish(int year, String code, Long version) {
		this.publications.publishOne(year, version,
				() -> this.disclosures.findOfYear(this.agency.id(), year, code)
					.orElseThrow(() -> new NotFoundException("OIT disclosure " + code)),
				disclosure -> disclosure.getItem().getDisplayCode(), this::publish);
	}

	/** Publishes a disclosure inside the caller's transaction (also used to publish a whole year). */
	public void publish(OitDisclosure disclosure, Instant at, String by) {
		this.access.lock(disclosure);
		PublishedDisclosure copy = this.published.findById(disclosure.getId())
			.orElseGet(() -> PublishedDisclosure.of(disclosure));
		copy.copy(disclosure, at, by);
		this.published.save(copy);
		StringBuilder evidence = new StringBuilder();
		for (DisclosurePublishListener listener : this.listeners) {
			evidence.append(listener.published(disclosure, at, by));
		}
		disclosure.markPublished(at);
		this.publications.stamp(disclosure.getReport(), at);
		Map<String, String> snapshot = DisclosureSnapshot.of(disclosure);
		snapshot.put("evidence", evidence.toString());
		this.history.record(disclosure.getReport(), EntityKind.DISCLOSURE, disclosure.getId(),
				DisclosureSnapshot.label(disclosure), RevisionAction.PUBLISH, Map.of(), snapshot);
	}

}
