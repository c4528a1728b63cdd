package th.ita.portal.user;

import jakarta.servlet.http.HttpServletRequest;
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

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.common.StaleVersionException;
import th.ita.portal.common.UniqueViolation;
import th.ita.portal.unit.UnitRepository;

/** The admin's list of accounts, and the forms to create one and to change its roles and units. */
@Controller
@RequestMapping("/staff/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

	static final String FLASH = "flash";

	private final UserAdminService service;

	private final UnitRepository units;

	private final StaffSessions sessions;

	private final StaffUserDetailsService userDetails;

	private final CurrentAgency agency;

	UserAdminController(UserAdminService service, UnitRepository units, StaffSessions sessions,
			StaffUserDetailsService userDetails, CurrentAgency agency) {
		this.service = service;
		this.units = units;
		this.sessions = sessions;
		this.userDetails = userDetails;
		this.agency = agency;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.service.list());
		model.addAttribute("unitNames", UnitNames.of(this.units.findAllOfAgency(this.agency.id())));
		return "user/list";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new NewUserForm());
		return creationForm(model);
	}

	@PostMapping
	String processCreationForm(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("username") && this.service.usernameTaken(form.getUsername())) {
			result.rejectValue("username", "accounts.validation.username-taken");
		}
		if (result.hasErrors()) {
			return creationForm(model);
		}
		StaffUser user;
		try {
			user = this.service.create(form);
		}
		catch (DataIntegrityViolationException ex) {
			// another admin created this username at the same moment, after the check above
			if (!UniqueViolation.of(ex, "users_agency_username_uk")) {
				throw ex;
			}
			result.rejectValue("username", "accounts.validation.username-taken");
			return creationForm(model);
		}
		redirect.addFlashAttribute(FLASH, "accounts.flash.user-created");
		return "redirect:/staff/admin/users/" + user.getId();
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		StaffUser user = this.service.get(id);
		model.addAttribute("form", UserForm.of(user));
		return updateForm(user, model);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		StaffUser user = this.service.get(id);
		if (CurrentStaff.get().getId().equals(user.getId()) && !form.getRoles().contains(Role.ADMIN)) {
			result.rejectValue("roles", "accounts.validation.own-admin");
		}
		if (result.hasErrors()) {
			return updateForm(user, model);
		}
		try {
			this.service.update(id, form);
		}
		catch (StaleVersionException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			StaffUser current = this.service.get(id);
			model.addAttribute("stale", true);
			model.addAttribute("current", UserForm.of(current));
			form.setVersion(current.getVersion());
			return updateForm(current, model);
		}
		if (CurrentStaff.get().getId().equals(user.getId())) {
			this.sessions.refreshCurrent(this.userDetails.loadUserByUsername(user.getUsername()), request, response);
		}
		redirect.addFlashAttribute(FLASH, "accounts.flash.user-saved");
		return "redirect:/staff/admin/users/" + id;
	}

	private String creationForm(Model model) {
		model.addAttribute("allRoles", Role.agencyRoles());
		model.addAttribute("allUnits", this.units.findAllOfAgency(this.agency.id()));
		return "user/create";
	}

	private String updateForm(StaffUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("allRoles", Role.agencyRoles());
		model.addAttribute("allUnits", this.units.findAllOfAgency(this.agency.id()));
		model.addAttribute("self", CurrentStaff.get().getId().equals(user.getId()));
		return "user/edit";
	}

}
