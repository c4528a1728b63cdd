package th.ita.portal.measure;

import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.common.NotFoundException;
import th.ita.portal.common.RetriedOnLostRace;
import th.ita.portal.history.EntityKind;
import th.ita.portal.history.History;
import th.ita.portal.history.RevisionAction;
import th.ita.portal.report.Publications;

/** Publishing a measure: the public sees its draft, or no longer sees it once its deletion is published. */
@RetriedOnLostRace
@Service
@Transactional
public class MeasurePublisher {

	private final MeasureRepository measures;

	private final PublishedMeasureRepository published;

	private final Publications publications;

	private final History history;

	private final CurrentAgency agency;

	MeasurePublisher(MeasureRepository measures, PublishedMeasureRepository published, Publications publications,
			History history, CurrentAgency agency) {
		this.measures = measures;
		this.published = published;
		this.publications = publications;
		this.history = history;
		this.agency = agency;
	}

	/** Publishes the draft the approver saw ({@code version}); when someone saved since, nothing. */
	public void publish(int year, Long id, Long version) {
		this.publications.publishOne(year, version,
				() -> this.measures.findOfYear(this.agency.id(), year, id)
					.filter(m -> !m.isDeleted())
					.orElseThrow(() -> new NotFoundException("measure " + id)),
				measure -> "measure " + measure.getPosition(), this::publish);
	}

	/** Publishes inside the caller's transaction (also used to publish a whole year). */
	public void publish(Measure measure, Instant at, String by) {
		if (measure.isDeleted()) {
			this.published.findById(measure.getId()).ifPresent(this.published::delete);
			this.history.record(measure.getReport(), EntityKind.MEASURE, measure.getId(), measure.getName(),
					RevisionAction.PUBLISH, Map.of(), Map.of("deleted", "true"));
		}
		else {
			PublishedMeasure copy = this.published.findById(measure.getId()).orElseGet(() -> PublishedMeasure.of(measure));
			copy.copy(measure, at, by);
			this.published.save(copy);
			this.history.record(measure.getReport(), EntityKind.MEASURE, measure.getId(), measure.getName(),
					RevisionAction.PUBLISH, Map.of(), MeasureSnapshot.of(measure));
		}
		measure.markPublished(at);
		this.publications.stamp(measure.getReport(), at);
	}

}
