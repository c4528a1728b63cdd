package th.ita.portal.evidence;

import java.io.IOException;
import java.io.InputStream;

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

import th.ita.portal.framework.ItemCodes;
import th.ita.portal.web.PermanentRedirect;

/**
 * The staff page of a disclosure's evidence, and adding links and files to it. The rights are
 * checked, and the disclosure locked, by the service that makes the change; a refused form is shown
 * again only to a user who may edit the disclosure.
 */
@Controller
@RequestMapping(EvidenceController.PATH)
class EvidenceController {

	static final String PATH = "/staff/{year:\\d{4}}/oit/" + ItemCodes.CODE_VARIABLE + "/evidence";

	private final EvidenceStaffPages pages;

	private final EvidenceEditing editing;

	private final EvidenceUploads uploads;

	EvidenceController(EvidenceStaffPages pages, EvidenceEditing editing, EvidenceUploads uploads) {
		this.pages = pages;
		this.editing = editing;
		this.uploads = uploads;
	}

	static String redirect(int year, String code) {
		return "redirect:/staff/" + year + "/oit/" + code + "/evidence";
	}

	@GetMapping
	Object page(@PathVariable int year, @PathVariable String code, Model model) {
		EvidencePage page = this.pages.page(year, code);
		String own = page.disclosure().getItem().getCode();
		if (!ItemCodes.isOwnSpelling(code, own)) {
			return PermanentRedirect.to("/staff/" + year + "/oit/" + own + "/evidence");
		}
		return page.show(model);
	}

	@PostMapping("/link")
	String addLink(@PathVariable int year, @PathVariable String code, @ModelAttribute("linkForm") LinkForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				this.editing.addLink(year, code, form.getTitle(), form.getUrl());
				redirect.addFlashAttribute("notice", "evidence.notice.link-added");
				return redirect(year, code);
			}
			catch (EvidenceRejectedException ex) {
				result.rejectValue("url", ex.messageKey(), ex.arguments(), null);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return this.pages.editablePage(year, code).show(model);
	}

	@PostMapping("/file")
	String addFile(@PathVariable int year, @PathVariable String code, @ModelAttribute("fileForm") FileForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response)
			throws IOException {
		form.validate(result);
		if (!result.hasErrors()) {
			try (InputStream content = form.getFile().getInputStream()) {
				this.uploads.addFile(year, code, form.getTitle(), form.getFile().getOriginalFilename(), content);
				redirect.addFlashAttribute("notice", "evidence.notice.file-added");
				return redirect(year, code);
			}
			catch (EvidenceRejectedException ex) {
				result.rejectValue("file", ex.messageKey(), ex.arguments(), null);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return this.pages.editablePage(year, code).show(model);
	}

}
