package th.ita.portal.plan;

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

import th.ita.portal.common.StaleVersionException;
import th.ita.portal.report.Report;
import th.ita.portal.report.StaffYear;
import th.ita.portal.web.ConflictPage;

/** The back office's indicator plans 1–8: list, edit and publish. */
@Controller
class PlanStaffController {

	private static final String PATH = "/staff/{year:\\d{4}}/plans";

	private static final String FORM_VIEW = "staff/plans/form";

	private final PlanStaffPages pages;

	private final PlanEditing editing;

	private final PlanPublisher publisher;

	PlanStaffController(PlanStaffPages pages, PlanEditing editing, PlanPublisher publisher) {
		this.pages = pages;
		this.editing = editing;
		this.publisher = publisher;
	}

	@GetMapping(PATH)
	String list(@StaffYear Report report, Model model) {
		model.addAttribute("page", this.pages.list(report));
		return "staff/plans/list";
	}

	@GetMapping(PATH + "/{number:\\d{1,2}}")
	String initUpdateForm(@PathVariable int year, @PathVariable int number, Model model) {
		PlanStaffPages.FormView view = this.pages.formView(year, number);
		model.addAttribute("form", PlanForm.of(view.plan()));
		model.addAttribute("view", view);
		return FORM_VIEW;
	}

	@PostMapping(PATH + "/{number:\\d{1,2}}")
	String processUpdateForm(@PathVariable int year, @PathVariable int number, @Valid @ModelAttribute("form") PlanForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.editing.update(year, number, form);
				redirect.addFlashAttribute("saved", true);
				return redirect(year, number);
			}
			catch (StaleVersionException ex) {
				ConflictPage.show(ex, form, model, response);
			}
		}
		model.addAttribute("view", this.pages.formView(year, number));
		return FORM_VIEW;
	}

	@PostMapping(PATH + "/{number:\\d{1,2}}/publish")
	String publish(@PathVariable int year, @PathVariable int number, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		this.publisher.publish(year, number, version);
		redirect.addFlashAttribute("published", true);
		return redirect(year, number);
	}

	private static String redirect(int year, int number) {
		return "redirect:/staff/" + year + "/plans/" + number;
	}

}
