package th.ita.portal.user;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.ita.portal.common.StaleVersionException;

/** Disabling (after a confirmation page), enabling and resetting the password of an account. */
@Controller
@RequestMapping("/staff/admin/users/{id}")
@PreAuthorize("hasRole('ADMIN')")
class UserStatusController {

	private final UserAdminService service;

	UserStatusController(UserAdminService service) {
		this.service = service;
	}

	@GetMapping("/disable")
	String confirmDisable(@PathVariable long id, Model model) {
		model.addAttribute("user", this.service.get(id));
		return "user/disable";
	}

	@PostMapping("/disable")
	String disable(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect,
			HttpServletResponse response, Model model) {
		if (CurrentStaff.get().getId() == id) {
			redirect.addFlashAttribute(UserAdminController.FLASH, "accounts.flash.cannot-disable-self");
			return "redirect:/staff/admin/users/" + id;
		}
		try {
			this.service.disable(id, version);
		}
		catch (StaleVersionException ex) {
			return stale(id, model, response, "user/disable");
		}
		redirect.addFlashAttribute(UserAdminController.FLASH, "accounts.flash.user-disabled");
		return "redirect:/staff/admin/users/" + id;
	}

	@PostMapping("/enable")
	String enable(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.service.enable(id, version);
			redirect.addFlashAttribute(UserAdminController.FLASH, "accounts.flash.user-enabled");
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute(UserAdminController.FLASH, "accounts.stale");
		}
		return "redirect:/staff/admin/users/" + id;
	}

	@GetMapping("/password")
	String initResetForm(@PathVariable long id, Model model) {
		StaffUser user = this.service.get(id);
		PasswordResetForm form = new PasswordResetForm();
		form.setVersion(user.getVersion());
		model.addAttribute("form", form);
		model.addAttribute("user", user);
		return "user/password";
	}

	@PostMapping("/password")
	String processResetForm(@PathVariable long id, @Valid @ModelAttribute("form") PasswordResetForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			model.addAttribute("user", this.service.get(id));
			return "user/password";
		}
		try {
			this.service.resetPassword(id, form);
		}
		catch (StaleVersionException ex) {
			form.setVersion(this.service.get(id).getVersion());
			return stale(id, model, response, "user/password");
		}
		redirect.addFlashAttribute(UserAdminController.FLASH, "accounts.flash.password-reset");
		return "redirect:/staff/admin/users/" + id;
	}

	private String stale(long id, Model model, HttpServletResponse response, String view) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("stale", true);
		model.addAttribute("user", this.service.get(id));
		return view;
	}

}
