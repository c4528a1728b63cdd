package th.ita.portal.dashboard;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.common.ProgressStatus;
import th.ita.portal.measure.Measure;
import th.ita.portal.measure.MeasureRepository;
import th.ita.portal.oit.OitDisclosure;
import th.ita.portal.oit.OitDisclosureRepository;
import th.ita.portal.plan.IndicatorPlan;
import th.ita.portal.plan.IndicatorPlanRepository;
import th.ita.portal.report.Audience;
import th.ita.portal.report.PublishedReports;
import th.ita.portal.report.Report;
import th.ita.portal.unit.Unit;
import th.ita.portal.user.CurrentStaff;
import th.ita.portal.user.Role;
import th.ita.portal.user.StaffPrincipal;

/** The year at a glance for staff: where the items and measures stand, and what is not yet public. */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	private final PublishedReports reports;

	private final OitDisclosureRepository disclosures;

	private final MeasureRepository measures;

	private final IndicatorPlanRepository plans;

	Dashboard(PublishedReports reports, OitDisclosureRepository disclosures, MeasureRepository measures,
			IndicatorPlanRepository plans) {
		this.reports = reports;
		this.disclosures = disclosures;
		this.measures = measures;
		this.plans = plans;
	}

	/** The newest fiscal year of the default agency, if it has any. */
	public Optional<Integer> newestYear() {
		return this.reports.agency()
			.flatMap(a -> this.reports.yearsOf(a, Audience.STAFF).stream().findFirst())
			.map(Report::getFiscalYear);
	}

	public View of(Report report) {
		StaffPrincipal user = CurrentStaff.get();
		List<OitDisclosure> items = this.disclosures.findByReport(report);
		List<Measure> allMeasures = this.measures.findAllByReport(report);
		List<IndicatorPlan> allPlans = this.plans.findByReport(report);
		Map<ProgressStatus, Long> itemsByStatus = new EnumMap<>(ProgressStatus.class);
		Map<String, long[]> itemsByUnit = new LinkedHashMap<>();
		for (OitDisclosure d : items) {
			itemsByStatus.merge(d.getStatus(), 1L, Long::sum);
			for (Unit unit : d.getUnits()) {
				long[] counts = itemsByUnit.computeIfAbsent(unit.getName(), n -> new long[2]);
				counts[0]++;
				counts[1] += d.getStatus().isDone() ? 1 : 0;
			}
		}
		Map<ProgressStatus, Long> measuresByStatus = new EnumMap<>(ProgressStatus.class);
		allMeasures.stream().filter(m -> !m.isDeleted()).forEach(m -> measuresByStatus.merge(m.getStatus(), 1L, Long::sum));
		List<OitDisclosure> mine = items.stream()
			.filter(d -> user.hasRole(Role.EDITOR)
					&& d.getUnits().stream().anyMatch(u -> user.getUnitIds().contains(u.getId())))
			.toList();
		return new View(report, itemsByStatus, itemsByUnit, measuresByStatus, mine,
				items.stream().filter(OitDisclosure::hasUnpublishedChanges).toList(),
				allMeasures.stream().filter(Measure::hasUnpublishedChanges).toList(),
				allPlans.stream().filter(IndicatorPlan::hasUnpublishedChanges).toList(), CurrentStaff.canPublish(user));
	}

	public record View(Report report, Map<ProgressStatus, Long> itemsByStatus, Map<String, long[]> itemsByUnit,
			Map<ProgressStatus, Long> measuresByStatus, List<OitDisclosure> myItems,
			List<OitDisclosure> unpublishedItems, List<Measure> unpublishedMeasures,
			List<IndicatorPlan> unpublishedPlans, boolean canPublish) {

		public int unpublishedCount() {
			return this.unpublishedItems.size() + this.unpublishedMeasures.size() + this.unpublishedPlans.size();
		}

		public long count(Map<ProgressStatus, Long> counts, ProgressStatus status) {
			return counts.getOrDefault(status, 0L);
		}

	}

}
