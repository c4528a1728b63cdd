package th.ita.portal.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import th.ita.portal.common.ProgressStatus;
import th.ita.portal.export.ReportContent.MeasureData;
import th.ita.portal.export.ReportContent.PlanData;
import th.ita.portal.measure.MeasureRepository;
import th.ita.portal.measure.PublishedMeasureRepository;
import th.ita.portal.oit.OitDisclosure;
import th.ita.portal.oit.OitDisclosureRepository;
import th.ita.portal.oit.PublishedDisclosureRepository;
import th.ita.portal.plan.IndicatorPlanRepository;
import th.ita.portal.plan.PublishedPlanRepository;
import th.ita.portal.report.Report;
import th.ita.portal.unit.Unit;

/** The measures, plans and disclosures of a report, from the published copies or the drafts. */
@Component
class DraftOrPublished {

	/** What was disclosed for one item. */
	record Disclosed(String responsible, ProgressStatus status, String progress) {

		static final Disclosed NOTHING = new Disclosed("", null, "");

	}

	private final MeasureRepository measures;

	private final PublishedMeasureRepository publishedMeasures;

	private final IndicatorPlanRepository plans;

	private final PublishedPlanRepository publishedPlans;

	private final OitDisclosureRepository disclosures;

	private final PublishedDisclosureRepository publishedDisclosures;

	DraftOrPublished(MeasureRepository measures, PublishedMeasureRepository publishedMeasures,
			IndicatorPlanRepository plans, PublishedPlanRepository publishedPlans, OitDisclosureRepository disclosures,
			PublishedDisclosureRepository publishedDisclosures) {
		this.measures = measures;
		this.publishedMeasures = publishedMeasures;
		this.plans = plans;
		this.publishedPlans = publishedPlans;
		this.disclosures = disclosures;
		this.publishedDisclosures = publishedDisclosures;
	}

	List<MeasureData> measures(Report report, boolean drafts) {
		if (drafts) {
			return this.measures.findByReport(report)
				.stream()
				.map(m -> new MeasureData(m.getPosition(), m.getName(), m.getMethod(), m.getPeriod(),
						m.getResponsible(), m.getSummary(), m.getOutcome()))
				.toList();
		}
		return this.publishedMeasures.findByReport(report)
			.stream()
			.map(m -> new MeasureData(m.getPosition(), m.getName(), m.getMethod(), m.getPeriod(), m.getResponsible(),
					m.getSummary(), m.getOutcome()))
			.toList();
	}

	List<PlanData> plans(Report report, boolean drafts) {
		if (drafts) {
			return this.plans.findByReport(report)
				.stream()
				.map(p -> new PlanData(p.getIndicator().getNumber(), p.getIndicator().getName(), p.getGuideline(),
						p.getResponsible(), p.getPeriod(), p.getStatus(), p.getProgress()))
				.toList();
		}
		return this.publishedPlans.findByReport(report)
			.stream()
			.map(p -> new PlanData(p.getIndicator().getNumber(), p.getIndicator().getName(), p.getGuideline(),
					p.getResponsible(), p.getPeriod(), p.getStatus(), p.getProgress()))
			.toList();
	}

	/** What was disclosed, by OIT item id. */
	Map<Long, Disclosed> disclosures(Report report, boolean drafts) {
		if (drafts) {
			return this.disclosures.findByReport(report)
				.stream()
				.collect(Collectors.toMap(d -> d.getItem().getId(),
						d -> new Disclosed(unitNames(d), d.getStatus(), d.getProgress())));
		}
		return this.publishedDisclosures.findByReport(report)
			.stream()
			.collect(Collectors.toMap(d -> d.getItemId(),
					d -> new Disclosed(d.getResponsible(), d.getStatus(), d.getProgress())));
	}

	private static String unitNames(OitDisclosure disclosure) {
		return String.join(", ", disclosure.getUnits().stream().map(Unit::getName).toList());
	}

}
