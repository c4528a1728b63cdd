package th.ita.portal.framework;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.ita.portal.agency.SharedStructure;

/**
 * A framework's lineage on its page: importing the whole of it from a CSV, adding one row (typed
 * or a suggestion taken), removing one. A refusal shows the framework page again with every
 * problem and what was typed (422).
 */
@Controller
@RequestMapping("/staff/admin/frameworks/{id:\\d+}/lineage")
@PreAuthorize("hasRole('ADMIN')")
class FrameworkLineageController {

	private final LineageEdits lineage;

	private final FrameworkAdminController pages;

	FrameworkLineageController(LineageEdits lineage, FrameworkAdminController pages) {
		this.lineage = lineage;
		this.pages = pages;
	}

	@PreAuthorize(SharedStructure.WRITE)
	@PostMapping
	String importFile(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		boolean small = file != null && file.getSize() <= FrameworkFiles.MAX_BYTES;
		byte[] bytes = (file == null) ? null : small ? file.getBytes() : new byte[FrameworkFiles.MAX_BYTES + 1];
		try {
			this.lineage.importCsv(id, bytes);
		}
		catch (FrameworkRejectedException ex) {
			return refused(id, ex.problems(), model, response);
		}
		redirect.addFlashAttribute(FrameworkAdminController.FLASH, "framework.flash.lineage-imported");
		return "redirect:/staff/admin/frameworks/" + id + "#lineage";
	}

	@PreAuthorize(SharedStructure.WRITE)
	@PostMapping("/add")
	String add(@PathVariable long id, @RequestParam(defaultValue = "") String fromYear,
			@RequestParam(defaultValue = "") String fromItem, @RequestParam(defaultValue = "") String toItem,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.lineage.add(id, fromYear, fromItem, toItem);
		}
		catch (FrameworkRejectedException ex) {
			model.addAttribute("lineageFromYear", fromYear);
			model.addAttribute("lineageFromItem", fromItem);
			model.addAttribute("lineageToItem", toItem);
			return refused(id, ex.problems(), model, response);
		}
		redirect.addFlashAttribute(FrameworkAdminController.FLASH, "framework.flash.lineage-added");
		return "redirect:/staff/admin/frameworks/" + id + "#lineage";
	}

	@PreAuthorize(SharedStructure.WRITE)
	@PostMapping("/remove")
	String remove(@PathVariable long id, @RequestParam long fromItem, @RequestParam long toItem,
			RedirectAttributes redirect) {
		this.lineage.remove(id, fromItem, toItem);
		redirect.addFlashAttribute(FrameworkAdminController.FLASH, "framework.flash.lineage-removed");
		return "redirect:/staff/admin/frameworks/" + id + "#lineage";
	}

	private String refused(long id, List<ImportProblem> problems, Model model, HttpServletResponse response) {
		response.setStatus(422);
		model.addAttribute("lineageProblems", problems);
		return this.pages.show(id, model);
	}

}
