package th.ita.portal.framework;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.ita.portal.agency.SharedStructure;

/**
 * The admin's frameworks: the list with the import form, one framework's structure, and the
 * confirmation before deleting an unused one. Files are served by {@link FrameworkFileController}.
 */
@Controller
@RequestMapping("/staff/admin/frameworks")
@PreAuthorize("hasRole('ADMIN')")
class FrameworkAdminController {

	static final String FLASH = "flash";

	private final FrameworkAdminService service;

	private final FrameworkLineage lineage;

	private final LineageSuggestions suggestions;

	FrameworkAdminController(FrameworkAdminService service, FrameworkLineage lineage,
			LineageSuggestions suggestions) {
		this.service = service;
		this.lineage = lineage;
		this.suggestions = suggestions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", new ImportForm());
		return listView(model, List.of());
	}

	@PreAuthorize(SharedStructure.WRITE)
	@PostMapping("/import")
	String importFile(@ModelAttribute("form") ImportForm form,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		boolean small = file != null && file.getSize() <= FrameworkFiles.MAX_BYTES;
		FrameworkImport request = new FrameworkImport(form.getYear(), form.getName(), form.getVariant(),
				(file == null) ? null : file.getOriginalFilename(), (file == null) ? 0 : file.getSize(),
				small ? file.getBytes() : null);
		long id;
		try {
			id = this.service.importFile(request);
		}
		catch (FrameworkRejectedException ex) {
			response.setStatus(422);
			return listView(model, ex.problems());
		}
		redirect.addFlashAttribute(FLASH, "framework.flash.imported");
		return "redirect:/staff/admin/frameworks/" + id;
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("framework", this.service.get(id));
		model.addAttribute("tree", this.service.tree(id));
		model.addAttribute("lineage", this.lineage.of(id));
		model.addAttribute("suggestions", this.suggestions.suggestions(id));
		if (!model.containsAttribute("lineageProblems")) {
			model.addAttribute("lineageProblems", List.of());
		}
		return "framework/show";
	}

	@PreAuthorize(SharedStructure.WRITE)
	@GetMapping("/{id:\\d+}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("framework", this.service.get(id));
		return "framework/delete";
	}

	@PreAuthorize(SharedStructure.WRITE)
	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.service.delete(id);
		}
		catch (FrameworkInUseException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("inUse", ex.reports());
			return show(id, model);
		}
		redirect.addFlashAttribute(FLASH, "framework.flash.deleted");
		return "redirect:/staff/admin/frameworks";
	}

	private String listView(Model model, List<ImportProblem> problems) {
		List<FrameworkSummary> frameworks = this.service.list();
		model.addAttribute("frameworks", frameworks);
		model.addAttribute("newest", frameworks.isEmpty() ? null : this.service.newest());
		model.addAttribute("problems", problems);
		model.addAttribute("maxMegabytes", FrameworkFiles.MAX_BYTES / (1024 * 1024));
		return "framework/list";
	}

}
