package th.ita.portal.oit;

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

import jakarta.servlet.http.HttpServletResponse;

import th.ita.portal.common.StaleVersionException;
import th.ita.portal.framework.ItemCodes;
import th.ita.portal.report.Report;
import th.ita.portal.report.StaffYear;
import th.ita.portal.web.ConflictPage;
import th.ita.portal.web.PermanentRedirect;

/** The back office's OIT pages: the year's items, one item's draft, saving and publishing it. */
@Controller
class OitStaffController {

	private static final String EDIT_VIEW = "staff/oit/edit";

	private final OitStaffPages pages;

	private final DisclosureEditing editing;

	private final DisclosurePublisher publisher;

	OitStaffController(OitStaffPages pages, DisclosureEditing editing, DisclosurePublisher publisher) {
		this.pages = pages;
		this.editing = editing;
		this.publisher = publisher;
	}

	@GetMapping("/staff/{year:\\d{4}}/oit")
	String list(@StaffYear Report report, Model model) {
		model.addAttribute("page", this.pages.list(report));
		return "staff/oit/list";
	}

	@GetMapping("/staff/{year:\\d{4}}/oit/" + ItemCodes.CODE_VARIABLE)
	Object initEditForm(@PathVariable int year, @PathVariable String code, Model model) {
		OitStaffPages.ItemView view = this.pages.item(year, code);
		String own = view.disclosure().getItem().getCode();
		if (!ItemCodes.isOwnSpelling(code, own)) {
			return PermanentRedirect.to("/staff/" + year + "/oit/" + own);
		}
		model.addAttribute("view", view);
		model.addAttribute("form", DisclosureForm.of(view.disclosure()));
		return EDIT_VIEW;
	}

	@PostMapping("/staff/{year:\\d{4}}/oit/" + ItemCodes.CODE_VARIABLE)
	String processEditForm(@PathVariable int year, @PathVariable String code,
			@Valid @ModelAttribute("form") DisclosureForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.editing.save(year, code, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/staff/" + year + "/oit/" + code;
			}
			catch (InvalidUnitsException ex) {
				result.rejectValue("unitIds", ex.getMessageKey());
			}
			catch (StaleVersionException ex) {
				ConflictPage.show(ex, form, model, response);
			}
		}
		model.addAttribute("view", this.pages.item(year, code));
		return EDIT_VIEW;
	}

	@PostMapping("/staff/{year:\\d{4}}/oit/" + ItemCodes.CODE_VARIABLE + "/publish")
	String publish(@PathVariable int year, @PathVariable String code, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		this.publisher.publish(year, code, version);
		redirect.addFlashAttribute("published", true);
		return "redirect:/staff/" + year + "/oit/" + code;
	}

}
