package th.ita.portal.plan;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.ita.portal.report.PublishedReports;
import th.ita.portal.report.Report;
import th.ita.portal.unit.Unit;
import th.ita.portal.unit.UnitRepository;
import th.ita.portal.user.CurrentStaff;
import th.ita.portal.user.StaffPrincipal;
import th.ita.portal.web.ConflictPage;
import th.ita.portal.common.StaleVersionException;

/** The back office's indicator plans 1–8: list, edit and publish. */
@Controller
class PlanStaffController {

	private static final String FORM_VIEW = "staff/plans/form";

	private final PublishedReports reports;

	private final IndicatorPlanRepository plans;

	private final UnitRepository units;

	private final PlanEditing editing;

	PlanStaffController(PublishedReports reports, IndicatorPlanRepository plans, UnitRepository units,
			PlanEditing editing) {
		this.reports = reports;
		this.plans = plans;
		this.units = units;
		this.editing = editing;
	}

	@GetMapping("/staff/{year:\\d{4}}/plans")
	String list(@PathVariable int year, Model model) {
		StaffPrincipal user = CurrentStaff.get();
		Report report = this.reports.ofYear(year);
		model.addAttribute("report", report);
		model.addAttribute("plans", this.plans.findByReport(report));
		model.addAttribute("canPublish", CurrentStaff.canPublish(user));
		return "staff/plans/list";
	}

	@GetMapping("/staff/{year:\\d{4}}/plans/{number:\\d{1,2}}")
	String initUpdateForm(@PathVariable int year, @PathVariable int number, Model model) {
		IndicatorPlan plan = this.editing.readable(year, number);
		model.addAttribute("form", this.editing.formFor(plan));
		addView(model, plan);
		return FORM_VIEW;
	}

	@PostMapping("/staff/{year:\\d{4}}/plans/{number:\\d{1,2}}")
	String processUpdateForm(@PathVariable int year, @PathVariable int number, @Valid @ModelAttribute("form") PlanForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.editing.update(year, number, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/staff/" + year + "/plans/" + number;
			}
			catch (StaleVersionException ex) {
				ConflictPage.show(ex, form, model, response);
			}
		}
		addView(model, this.editing.readable(year, number));
		return FORM_VIEW;
	}

	@PostMapping("/staff/{year:\\d{4}}/plans/{number:\\d{1,2}}/publish")
	String publish(@PathVariable int year, @PathVariable int number, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		this.editing.publish(year, number, version);
		redirect.addFlashAttribute("published", true);
		return "redirect:/staff/" + year + "/plans/" + number;
	}

	private void addView(Model model, IndicatorPlan plan) {
		StaffPrincipal user = CurrentStaff.get();
		List<Unit> choices = this.units.findActiveOf(plan.getReport().getAgency())
			.stream()
			.filter(u -> CurrentStaff.canEdit(user, List.of(u.getId())))
			.toList();
		model.addAttribute("plan", plan);
		model.addAttribute("unitChoices", choices);
		model.addAttribute("canEdit",
				CurrentStaff.canEdit(user, plan.getUnit() == null ? List.of() : List.of(plan.getUnit().getId())));
		model.addAttribute("canPublish", CurrentStaff.canPublish(user));
	}

}
