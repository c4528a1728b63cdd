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
import th.ita.portal.web.ConflictPage;

/** The back office's measures: list, create, edit, reorder, delete and publish. */
@Controller
class MeasureStaffController {

	private static final String FORM_VIEW = "staff/measures/form";

	private final MeasureStaffPages pages;

	private final MeasureEditing editing;

	private final MeasurePublisher publisher;

	MeasureStaffController(MeasureStaffPages pages, MeasureEditing editing, MeasurePublisher publisher) {
		this.pages = pages;
		this.editing = editing;
		this.publisher = publisher;
	}

	@GetMapping("/staff/{year:\\d{4}}/measures")
	String list(@PathVariable int year, Model model) {
		model.addAttribute("page", this.pages.list(year));
		return "staff/measures/list";
	}

	@GetMapping("/staff/{year:\\d{4}}/measures/new")
	String initCreationForm(@PathVariable int year, Model model) {
		MeasureForm form = new MeasureForm();
		model.addAttribute("form", form);
		model.addAttribute("view", this.pages.formView(year, null));
		return FORM_VIEW;
	}

	@PostMapping("/staff/{year:\\d{4}}/measures/new")
	String processCreationForm(@PathVariable int year, @Valid @ModelAttribute("form") MeasureForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("view", this.pages.formView(year, null));
			return FORM_VIEW;
		}
		Measure created = this.editing.create(year, form);
		redirect.addFlashAttribute("created", true);
		return "redirect:/staff/" + year + "/measures/" + created.getId();
	}

	@GetMapping("/staff/{year:\\d{4}}/measures/{id:\\d+}")
	String initUpdateForm(@PathVariable int year, @PathVariable Long id, Model model) {
		MeasureStaffPages.FormView view = this.pages.formView(year, id);
		model.addAttribute("form", this.editing.formFor(view.measure()));
		model.addAttribute("view", view);
		return FORM_VIEW;
	}

	@PostMapping("/staff/{year:\\d{4}}/measures/{id:\\d+}")
	String processUpdateForm(@PathVariable int year, @PathVariable Long id, @Valid @ModelAttribute("form") MeasureForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.editing.update(year, id, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/staff/" + year + "/measures/" + id;
			}
			catch (StaleVersionException ex) {
				ConflictPage.show(ex, form, model, response);
			}
		}
		model.addAttribute("view", this.pages.formView(year, id));
		return FORM_VIEW;
	}

	@GetMapping("/staff/{year:\\d{4}}/measures/{id:\\d+}/delete")
	String confirmDelete(@PathVariable int year, @PathVariable Long id, Model model) {
		model.addAttribute("view", this.pages.formView(year, id));
		return "staff/measures/delete";
	}

	@PostMapping("/staff/{year:\\d{4}}/measures/{id:\\d+}/delete")
	String delete(@PathVariable int year, @PathVariable Long id, @RequestParam long version,
			RedirectAttributes redirect) {
		this.editing.delete(year, id, version);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/staff/" + year + "/measures";
	}

	@PostMapping("/staff/{year:\\d{4}}/measures/{id:\\d+}/move")
	String move(@PathVariable int year, @PathVariable Long id, @RequestParam String direction) {
		this.editing.move(year, id, "up".equals(direction));
		return "redirect:/staff/" + year + "/measures#measure-" + id;
	}

	@PostMapping("/staff/{year:\\d{4}}/measures/{id:\\d+}/publish")
	String publish(@PathVariable int year, @PathVariable Long id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		this.publisher.publish(year, id, version);
		redirect.addFlashAttribute("published", true);
		return "redirect:/staff/" + year + "/measures/" + id;
	}

}
