package th.ita.portal.unit;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
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
import th.ita.portal.common.UniqueViolation;

/** The admin's list of units with a form to add one, and a form to rename or deactivate one. */
@Controller
@RequestMapping("/staff/admin/units")
@PreAuthorize("hasRole('ADMIN')")
class UnitAdminController {

	private final UnitAdminService service;

	UnitAdminController(UnitAdminService service) {
		this.service = service;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", new UnitForm());
		return listView(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("name") && this.service.nameTaken(form.getName(), null)) {
			result.rejectValue("name", "accounts.validation.unit-taken");
		}
		if (!this.service.hasAgency()) {
			result.reject("accounts.unit.no-agency");
		}
		if (result.hasErrors()) {
			return listView(model);
		}
		try {
			this.service.create(form.getName());
		}
		catch (DataIntegrityViolationException ex) {
			return nameTaken(ex, result, listView(model));
		}
		redirect.addFlashAttribute("flash", "accounts.flash.unit-created");
		return "redirect:/staff/admin/units";
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		Unit unit = this.service.get(id);
		model.addAttribute("form", UnitForm.of(unit));
		model.addAttribute("unit", unit);
		return "unit/edit";
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasFieldErrors("name") && this.service.nameTaken(form.getName(), id)) {
			result.rejectValue("name", "accounts.validation.unit-taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("unit", this.service.get(id));
			return "unit/edit";
		}
		try {
			this.service.update(id, form);
		}
		catch (DataIntegrityViolationException ex) {
			model.addAttribute("unit", this.service.get(id));
			return nameTaken(ex, result, "unit/edit");
		}
		catch (StaleVersionException ex) {
			Unit current = this.service.get(id);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("stale", true);
			model.addAttribute("current", UnitForm.of(current));
			model.addAttribute("unit", current);
			form.setVersion(current.getVersion());
			return "unit/edit";
		}
		redirect.addFlashAttribute("flash", "accounts.flash.unit-saved");
		return "redirect:/staff/admin/units";
	}

	/** Another admin gave a unit this name at the same moment, after the check above: the name is taken. */
	private static String nameTaken(DataIntegrityViolationException failure, BindingResult result, String view) {
		if (!UniqueViolation.of(failure, "unit_agency_name_uk")) {
			throw failure;
		}
		result.rejectValue("name", "accounts.validation.unit-taken");
		return view;
	}

	private String listView(Model model) {
		model.addAttribute("units", this.service.list());
		return "unit/list";
	}

}
