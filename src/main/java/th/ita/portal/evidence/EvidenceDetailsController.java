package th.ita.portal.evidence;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.ita.portal.common.StaleVersionException;
import th.ita.portal.framework.ItemCodes;
import th.ita.portal.web.PermanentRedirect;

/** The form of what one piece of evidence covers: its item's components, its date and its period. */
@Controller
@RequestMapping(EvidenceController.PATH + "/{id:\\d+}/details")
class EvidenceDetailsController {

	static final String VIEW = "evidence/details";

	private final EvidenceStaffPages pages;

	private final EvidenceDetails details;

	EvidenceDetailsController(EvidenceStaffPages pages, EvidenceDetails details) {
		this.pages = pages;
		this.details = details;
	}

	@GetMapping
	Object form(@PathVariable int year, @PathVariable String code, @PathVariable long id, Model model) {
		EvidenceStaffPages.DetailsPage page = this.pages.details(year, code, id);
		Evidence evidence = page.evidence();
		String own = evidence.getDisclosure().getItem().getCode();
		if (!ItemCodes.isOwnSpelling(code, own)) {
			return PermanentRedirect.to("/staff/" + year + "/oit/" + own + "/evidence/" + id + "/details");
		}
		return show(page, DetailsForm.of(evidence), model);
	}

	@PostMapping
	String save(@PathVariable int year, @PathVariable String code, @PathVariable long id,
			@ModelAttribute("detailsForm") DetailsForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				this.details.save(year, code, id, form, result);
				if (!result.hasErrors()) {
					redirect.addFlashAttribute("notice", "evidence.notice.details-saved");
					return EvidenceController.redirect(year, code);
				}
			}
			catch (StaleVersionException ex) {
				result.reject("evidence.details.stale");
				response.setStatus(HttpStatus.CONFLICT.value());
				return show(this.pages.details(year, code, id), form, model);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return show(this.pages.details(year, code, id), form, model);
	}

	private static String show(EvidenceStaffPages.DetailsPage page, DetailsForm form, Model model) {
		model.addAttribute("evidence", page.evidence());
		model.addAttribute("components", page.components());
		model.addAttribute("detailsForm", form);
		return VIEW;
	}

}
