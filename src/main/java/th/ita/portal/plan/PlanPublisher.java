package th.ita.portal.plan;

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

/** Publishing an indicator plan: the public sees its draft. */
@RetriedOnLostRace
@Service
@Transactional
public class PlanPublisher {

	private final IndicatorPlanRepository plans;

	private final PublishedPlanRepository published;

	private final Publications publications;

	private final History history;

	private final CurrentAgency agency;

	PlanPublisher(IndicatorPlanRepository plans, PublishedPlanRepository published, Publications publications,
			History history, CurrentAgency agency) {
		this.plans = plans;
		this.published = published;
		this.publications = publications;
		this.history = history;
		this.agency = agency;
	}

	/** Publishes the draft the approver saw ({@code version}); when someone saved since, nothing. */
	public void publish(int year, int indicator, Long version) {
		this.publications.publishOne(year, version,
				() -> this.plans.findOfYear(this.agency.id(), year, indicator).orElseThrow(() -> new NotFoundException("plan " + indicator)),
				plan -> "plan " + indicator, this::publish);
	}

	/** Publishes inside the caller's transaction (also used to publish a whole year). */
	public void publish(IndicatorPlan plan, Instant at, String by) {
		PublishedPlan copy = this.published.findById(plan.getId()).orElseGet(() -> PublishedPlan.of(plan));
		copy.copy(plan, at, by);
		this.published.save(copy);
		plan.markPublished(at);
		this.publications.stamp(plan.getReport(), at);
		this.history.record(plan.getReport(), EntityKind.PLAN, plan.getId(), PlanEditing.label(plan), RevisionAction.PUBLISH,
				Map.of(), PlanEditing.snapshot(plan));
	}

}
