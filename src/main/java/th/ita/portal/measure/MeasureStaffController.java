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
import th.ita.portal.report.StaffYear;
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
	String list(@StaffYear Report report, Model model) {
		model.addAttribute("page", this.pages.list(report));
		return "staff/measures/list";
	}

	@GetMapping(PATH + "/new")
	String initCreationForm(@StaffYear Report report, Model model) {
		model.addAttribute("form", new MeasureForm());
		model.addAttribute("view", this.pages.newForm(report));
		return FORM_VIEW;
	}

	@PostMapping(PATH + "/new")
	String processCreationForm(@StaffYear Report report, @Valid @ModelAttribute("form") MeasureForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("view", this.pages.newForm(report));
			return FORM_VIEW;
		}
		Measure created = this.editing.create(report, form);
		redirect.addFlashAttribute("created", true);
		return redirect(report.getFiscalYear(), created.getId());
	}

	@GetMapping(PATH + "/{id:\\d+}")
	String initUpdateForm(@PathVariable int year, @PathVariable Long id, Model model) {
		MeasureStaffPages.FormView view = this.pages.form(year, id);
		model.addAttribute("form", MeasureForm.of(view.measure()));
		model.addAttribute("view", view);
		return FORM_VIEW;
	}

	@PostMapping(PATH + "/{id:\\d+}")
	String processUpdateForm(@PathVariable int year, @PathVariable Long id, @Valid @ModelAttribute("form") MeasureForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.editing.update(year, id, form);
				redirect.addFlashAttribute("saved", true);
				return redirect(year, id);
			}
			catch (StaleVersionException ex) {
				ConflictPage.show(ex, form, model, response);
			}
		}
		model.addAttribute("view", this.pages.formAgain(year, id));
		return FORM_VIEW;
	}

	@GetMapping(PATH + "/{id:\\d+}/delete")
	String confirmDelete(@PathVariable int year, @PathVariable Long id, Model model) {
		model.addAttribute("view", this.pages.form(year, id));
		return "staff/measures/delete";
	}

	@PostMapping(PATH + "/{id:\\d+}/delete")
	String delete(@PathVariable int year, @PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		this.editing.delete(year, id, version);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/staff/" + year + "/measures";
	}

	@PostMapping(PATH + "/{id:\\d+}/move")
	String move(@PathVariable int year, @PathVariable Long id, @RequestParam String direction) {
		this.editing.move(year, id, "up".equals(direction));
		return "redirect:/staff/" + year + "/measures#measure-" + id;
	}

	@PostMapping(PATH + "/{id:\\d+}/publish")
	String publish(@PathVariable int year, @PathVariable Long id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		this.publisher.publish(year, id, version);
		redirect.addFlashAttribute("published", true);
		return redirect(year, id);
	}

	private static String redirect(int year, Long id) {
		return "redirect:/staff/" + year + "/measures/" + id;
	}

}
