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
import th.ita.portal.framework.ItemCodes;
import th.ita.portal.web.PermanentRedirect;

/** Renaming, reordering and removing (after a confirmation page) one piece of evidence. */
@Controller
@RequestMapping(EvidenceController.PATH + "/{id:\\d+}")
class EvidenceEditController {

	private final EvidenceStaffPages pages;

	private final EvidenceEditing editing;

	EvidenceEditController(EvidenceStaffPages pages, EvidenceEditing editing) {
		this.pages = pages;
		this.editing = editing;
	}

	@PostMapping("/title")
	String rename(@PathVariable int year, @PathVariable String code, @PathVariable long id, @ModelAttribute RenameForm form,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		String problem = form.problem();
		if (problem == null && form.getVersion() != null) {
			try {
				this.editing.rename(year, code, id, form.getVersion(), form.getTitle());
				redirect.addFlashAttribute("notice", "evidence.notice.renamed");
				return EvidenceController.redirect(year, code);
			}
			catch (StaleVersionException ex) {
				// Shown again with the current title; the rename was not saved.
				problem = "evidence.rename.stale";
				response.setStatus(HttpStatus.CONFLICT.value());
			}
		}
		else {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		model.addAttribute("renameId", id);
		model.addAttribute("renameTitle", form.getTitle());
		model.addAttribute("renameError", problem == null ? "evidence.title.required" : problem);
		return this.pages.editablePage(year, code).show(model);
	}

	@PostMapping("/up")
	String up(@PathVariable int year, @PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
		return move(year, code, id, true, redirect);
	}

	@PostMapping("/down")
	String down(@PathVariable int year, @PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
		return move(year, code, id, false, redirect);
	}

	private String move(int year, String code, long id, boolean up, RedirectAttributes redirect) {
		this.editing.move(year, code, id, up);
		redirect.addFlashAttribute("notice", "evidence.notice.moved");
		return EvidenceController.redirect(year, code);
	}

	@GetMapping("/remove")
	Object confirmRemove(@PathVariable int year, @PathVariable String code, @PathVariable long id, Model model) {
		Evidence evidence = this.pages.editable(year, code, id);
		String own = evidence.getDisclosure().getItem().getCode();
		if (!ItemCodes.isOwnSpelling(code, own)) {
			return PermanentRedirect.to("/staff/" + year + "/oit/" + own + "/evidence/" + id + "/remove");
		}
		model.addAttribute("evidence", evidence);
		model.addAttribute("year", year);
		model.addAttribute("code", code);
		return "evidence/remove";
	}

	@PostMapping("/remove")
	String remove(@PathVariable int year, @PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
		this.editing.remove(year, code, id);
		redirect.addFlashAttribute("notice", "evidence.notice.removed");
		return EvidenceController.redirect(year, code);
	}

}
