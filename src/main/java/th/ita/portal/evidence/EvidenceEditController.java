package th.ita.portal.evidence;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.ita.portal.common.StaleVersionException;
import th.ita.portal.oit.DisclosureAccess;

/** Renaming, reordering and removing (after a confirmation page) one piece of evidence. */
@Controller
@RequestMapping(EvidenceController.PATH + "/{id:\\d+}")
class EvidenceEditController {

	private final EvidenceService service;

	private final DisclosureAccess access;

	private final EvidenceController pages;

	EvidenceEditController(EvidenceService service, DisclosureAccess access, EvidenceController pages) {
		this.service = service;
		this.access = access;
		this.pages = pages;
	}

	@PostMapping("/title")
	String rename(@PathVariable int year, @PathVariable String code, @PathVariable long id,
			@ModelAttribute RenameForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		this.access.requireEditable(year, code);
		String problem = form.problem();
		if (problem == null && form.getVersion() != null) {
			try {
				this.service.rename(year, code, id, form.getVersion(), form.getTitle());
				redirect.addFlashAttribute("notice", "evidence.notice.renamed");
				return EvidenceController.redirect(year, code);
			}
			catch (StaleVersionException ex) {
				return stale(year, code, id, form, model, response);
			}
		}
		model.addAttribute("renameId", id);
		model.addAttribute("renameTitle", form.getTitle());
		model.addAttribute("renameError", problem == null ? "evidence.title.required" : problem);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return this.pages.page(year, code, model);
	}

	/** Shows the page again, with the current title, and says that the rename was not saved. */
	private String stale(int year, String code, long id, RenameForm form, Model model,
			HttpServletResponse response) {
		model.addAttribute("renameId", id);
		model.addAttribute("renameTitle", form.getTitle());
		model.addAttribute("renameError", "evidence.rename.stale");
		response.setStatus(HttpStatus.CONFLICT.value());
		return this.pages.page(year, code, model);
	}

	@PostMapping("/up")
	String up(@PathVariable int year, @PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
		return move(year, code, id, true, redirect);
	}

	@PostMapping("/down")
	String down(@PathVariable int year, @PathVariable String code, @PathVariable long id,
			RedirectAttributes redirect) {
		return move(year, code, id, false, redirect);
	}

	private String move(int year, String code, long id, boolean up, RedirectAttributes redirect) {
		this.access.requireEditable(year, code);
		this.service.move(year, code, id, up);
		redirect.addFlashAttribute("notice", "evidence.notice.moved");
		return EvidenceController.redirect(year, code);
	}

	@GetMapping("/remove")
	String confirmRemove(@PathVariable int year, @PathVariable String code, @PathVariable long id, Model model) {
		model.addAttribute("evidence", this.service.editable(year, code, id));
		model.addAttribute("year", year);
		model.addAttribute("code", code);
		return "evidence/remove";
	}

	@PostMapping("/remove")
	String remove(@PathVariable int year, @PathVariable String code, @PathVariable long id,
			RedirectAttributes redirect) {
		this.access.requireEditable(year, code);
		this.service.remove(year, code, id);
		redirect.addFlashAttribute("notice", "evidence.notice.removed");
		return EvidenceController.redirect(year, code);
	}

}
