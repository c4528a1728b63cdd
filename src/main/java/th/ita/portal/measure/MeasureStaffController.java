package th.ita.portal.measure;

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
import th.ita.portal.web.ConflictPage;

/** The back office's measures: list, create, edit, reorder, delete and publish. */
@Controller
class MeasureStaffController {

	private static final String PATH = "/staff/{year:\\d{4}}/measures";

	private static final String FORM_VIEW = "staff/measures/form";

	private final MeasureStaffPages pages;

	private final MeasureEditing editing;

	private final MeasurePublisher publisher;

	MeasureStaffController(MeasureStaffPages pages, MeasureEditing editing, MeasurePublisher publisher) {
		this.pages = pages;
		this.editing = editing;
		this.publisher = publisher;
	}

	@GetMapping(PATH)
	String list(Report report, Model model) {
		model.addAttribute("page", this.pages.list(report));
		return "staff/measures/list";
	}

	@GetMapping(PATH + "/new")
	String initCreationForm(Report report, Model model) {
		model.addAttribute("form", new MeasureForm());
		model.addAttribute("view", this.pages.formView(report, null));
		return FORM_VIEW;
	}

	@PostMapping(PATH + "/new")
	String processCreationForm(Report report, @Valid @ModelAttribute("form") MeasureForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("view", this.pages.formView(report, null));
			return FORM_VIEW;
		}
		Measure created = this.editing.create(report, form);
		redirect.addFlashAttribute("created", true);
		return redirect(report, created.getId());
	}

	@GetMapping(PATH + "/{id:\\d+}")
	String initUpdateForm(Report report, @PathVariable Long id, Model model) {
		MeasureStaffPages.FormView view = this.pages.formView(report, id);
		model.addAttribute("form", MeasureForm.of(view.measure()));
		model.addAttribute("view", view);
		return FORM_VIEW;
	}

	@PostMapping(PATH + "/{id:\\d+}")
	String processUpdateForm(Report report, @PathVariable Long id, @Valid @ModelAttribute("form") MeasureForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.editing.update(report, id, form);
				redirect.addFlashAttribute("saved", true);
				return redirect(report, id);
			}
			catch (StaleVersionException ex) {
				ConflictPage.show(ex, form, model, response);
			}
		}
		model.addAttribute("view", this.pages.formView(report, id));
		return FORM_VIEW;
	}

	@GetMapping(PATH + "/{id:\\d+}/delete")
	String confirmDelete(Report report, @PathVariable Long id, Model model) {
		model.addAttribute("view", this.pages.formView(report, id));
		return "staff/measures/delete";
	}

	@PostMapping(PATH + "/{id:\\d+}/delete")
	String delete(Report report, @PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		this.editing.delete(report, id, version);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/staff/" + report.getFiscalYear() + "/measures";
	}

	@PostMapping(PATH + "/{id:\\d+}/move")
	String move(Report report, @PathVariable Long id, @RequestParam String direction) {
		this.editing.move(report, id, "up".equals(direction));
		return "redirect:/staff/" + report.getFiscalYear() + "/measures#measure-" + id;
	}

	@PostMapping(PATH + "/{id:\\d+}/publish")
	String publish(Report report, @PathVariable Long id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		this.publisher.publish(report, id, version);
		redirect.addFlashAttribute("published", true);
		return redirect(report, id);
	}

	private static String redirect(Report report, Long id) {
		return "redirect:/staff/" + report.getFiscalYear() + "/measures/" + id;
	}

}
