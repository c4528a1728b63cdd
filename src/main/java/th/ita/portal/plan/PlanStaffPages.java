package th.ita.portal.plan;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.report.Report;
import th.ita.portal.unit.Unit;
import th.ita.portal.unit.UnitRepository;
import th.ita.portal.user.CurrentStaff;
import th.ita.portal.user.StaffPrincipal;

/** Reads what the back office's plan pages show, with what the signed-in user may do. */
@Service
@Transactional(readOnly = true)
public class PlanStaffPages {

	private final IndicatorPlanRepository plans;

	private final PlanEditing editing;

	private final UnitRepository units;

	PlanStaffPages(IndicatorPlanRepository plans, PlanEditing editing, UnitRepository units) {
		this.plans = plans;
		this.editing = editing;
		this.units = units;
	}

	public ListView list(Report report) {
		return new ListView(report, this.plans.findByReport(report), CurrentStaff.canPublish(CurrentStaff.get()));
	}

	/** The form page of the plan of indicator {@code number}. */
	public FormView formView(int year, int number) {
		StaffPrincipal user = CurrentStaff.get();
		IndicatorPlan plan = this.editing.readable(year, number);
		Report report = plan.getReport();
		List<Unit> choices = this.units.findActiveOf(report.getAgency())
			.stream()
			.filter(u -> CurrentStaff.canEdit(user, List.of(u.getId())))
			.toList();
		boolean canEdit = CurrentStaff.canEdit(user,
				plan.getUnit() == null ? List.of() : List.of(plan.getUnit().getId()));
		return new FormView(report, plan, choices, canEdit, CurrentStaff.canPublish(user));
	}

	public record ListView(Report report, List<IndicatorPlan> plans, boolean canPublish) {
	}

	public record FormView(Report report, IndicatorPlan plan, List<Unit> unitChoices, boolean canEdit,
			boolean canPublish) {
	}

}
