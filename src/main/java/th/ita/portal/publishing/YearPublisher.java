package th.ita.portal.publishing;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;
import th.ita.portal.common.RetriedOnLostRace;
import th.ita.portal.measure.Measure;
import th.ita.portal.measure.MeasurePublisher;
import th.ita.portal.measure.MeasureRepository;
import th.ita.portal.oit.DisclosurePublisher;
import th.ita.portal.oit.OitDisclosure;
import th.ita.portal.oit.OitDisclosureRepository;
import th.ita.portal.plan.IndicatorPlan;
import th.ita.portal.plan.IndicatorPlanRepository;
import th.ita.portal.plan.PlanPublisher;
import th.ita.portal.report.Publications;
import th.ita.portal.report.Report;
import th.ita.portal.user.CurrentStaff;
import th.ita.portal.user.StaffPrincipal;

/**
 * Publishes every unpublished change of a year at once, in one transaction: either the public
 * sees all of them, with one publish time, or none.
 */
@RetriedOnLostRace
@Service
@Transactional
public class YearPublisher {

	private final OitDisclosureRepository disclosures;

	private final MeasureRepository measures;

	private final IndicatorPlanRepository plans;

	private final DisclosurePublisher disclosurePublisher;

	private final MeasurePublisher measurePublisher;

	private final PlanPublisher planPublisher;

	private final AuditLog audit;

	private final Publications publications;

	private final Clock clock;

	YearPublisher(OitDisclosureRepository disclosures, MeasureRepository measures, IndicatorPlanRepository plans,
			DisclosurePublisher disclosurePublisher, MeasurePublisher measurePublisher, PlanPublisher planPublisher,
			AuditLog audit, Publications publications, Clock clock) {
		this.disclosures = disclosures;
		this.measures = measures;
		this.plans = plans;
		this.disclosurePublisher = disclosurePublisher;
		this.measurePublisher = measurePublisher;
		this.planPublisher = planPublisher;
		this.audit = audit;
		this.publications = publications;
		this.clock = clock;
	}

	/** @return how many measures, plans and items were published */
	public int publishAll(Report report) {
		StaffPrincipal user = CurrentStaff.requirePublish();
		int year = report.getFiscalYear();
		this.publications.takeTurn(year);
		Instant at = this.clock.instant();
		int count = 0;
		for (OitDisclosure disclosure : this.disclosures.findByReport(report)) {
			if (disclosure.hasUnpublishedChanges()) {
				this.disclosurePublisher.publish(disclosure, at, user.getUsername());
				count++;
			}
		}
		for (Measure measure : this.measures.findAllByReport(report)) {
			if (measure.hasUnpublishedChanges()) {
				this.measurePublisher.publish(measure, at, user.getUsername());
				count++;
			}
		}
		for (IndicatorPlan plan : this.plans.findByReport(report)) {
			if (plan.hasUnpublishedChanges()) {
				this.planPublisher.publish(plan, at, user.getUsername());
				count++;
			}
		}
		if (!report.isPublished()) {
			// Publishing the year makes it public, even with nothing in it to publish.
			this.publications.stamp(report, at);
		}
		this.audit.record(AuditAction.PUBLISH, "all changes of " + year + ": " + count);
		return count;
	}

}
