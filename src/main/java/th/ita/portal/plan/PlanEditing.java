package th.ita.portal.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.common.ConflictRow;
import th.ita.portal.common.NotFoundException;
import th.ita.portal.common.RetriedOnLostRace;
import th.ita.portal.common.RichText;
import th.ita.portal.common.StaleVersionException;
import th.ita.portal.history.EntityKind;
import th.ita.portal.history.History;
import th.ita.portal.history.RevisionAction;
import th.ita.portal.unit.Unit;
import th.ita.portal.unit.UnitRepository;
import th.ita.portal.user.CurrentStaff;

/** Editing the indicator plans 1–8, each change with a revision. */
@RetriedOnLostRace
@Service
@Transactional
public class PlanEditing {

	private final IndicatorPlanRepository plans;

	private final UnitRepository units;

	private final History history;

	private final CurrentAgency agency;

	PlanEditing(IndicatorPlanRepository plans, UnitRepository units, History history, CurrentAgency agency) {
		this.plans = plans;
		this.units = units;
		this.history = history;
		this.agency = agency;
	}

	/** The year's plan of an indicator, with its report, which any signed-in staff member may read. */
	@Transactional(readOnly = true)
	public IndicatorPlan readable(int year, int indicator) {
		CurrentStaff.get();
		return this.plans.findOfYear(this.agency.id(), year, indicator).orElseThrow(() -> new NotFoundException("plan " + indicator));
	}

	@Transactional(noRollbackFor = StaleVersionException.class)
	public void update(int year, int indicator, PlanForm form) {
		IndicatorPlan plan = readable(year, indicator);
		CurrentStaff.requireEdit(plan.getUnit() == null ? List.of() : List.of(plan.getUnit().getId()));
		List<Unit> unit = this.units.findOf(plan.getReport().getAgency(), List.of(form.getUnitId()));
		if (unit.isEmpty()) {
			throw new NotFoundException("unit " + form.getUnitId());
		}
		CurrentStaff.requireEdit(List.of(form.getUnitId()));
		Map<String, String> before = snapshot(plan);
		String guideline = RichText.keepOrConvert(plan.getGuideline(), form.getGuideline());
		String progress = RichText.keepOrConvert(plan.getProgress(), form.getProgress());
		if (form.getVersion() != plan.getVersion()) {
			Map<String, String> attempt = new LinkedHashMap<>(before);
			attempt.put("guideline", guideline);
			attempt.put("unit", unit.get(0).getName());
			attempt.put("responsible", form.getResponsible().strip());
			attempt.put("period", form.getPeriod().strip());
			attempt.put("status", form.getStatus().name());
			attempt.put("progress", progress);
			this.history.record(plan.getReport(), EntityKind.PLAN, plan.getId(), label(plan), RevisionAction.CONFLICT,
					before, attempt);
			throw new StaleVersionException("plan " + indicator, conflict(plan, form), plan.getVersion(), false);
		}
		plan.edit(unit.get(0), guideline, form.getResponsible().strip(), form.getPeriod().strip(), form.getStatus(),
				progress);
		this.history.record(plan.getReport(), EntityKind.PLAN, plan.getId(), label(plan), RevisionAction.UPDATE, before,
				snapshot(plan));
	}

	/** The saved values beside the user's refused attempt, for the conflict page. */
	private static List<ConflictRow> conflict(IndicatorPlan current, PlanForm form) {
		return List.of(new ConflictRow("plan.guideline", current.getGuideline(), form.getGuideline(), true),
				new ConflictRow("plan.responsible", current.getResponsible(), form.getResponsible(), false),
				new ConflictRow("plan.period", current.getPeriod(), form.getPeriod(), false),
				new ConflictRow("plan.progress", current.getProgress(), form.getProgress(), true));
	}

	static String label(IndicatorPlan plan) {
		return plan.getIndicator().getNumber() + " " + plan.getIndicator().getName();
	}

	static Map<String, String> snapshot(IndicatorPlan plan) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("guideline", plan.getGuideline());
		fields.put("unit", plan.getUnit() == null ? "" : plan.getUnit().getName());
		fields.put("responsible", plan.getResponsible());
		fields.put("period", plan.getPeriod());
		fields.put("status", plan.getStatus().name());
		fields.put("progress", plan.getProgress());
		return fields;
	}

}
