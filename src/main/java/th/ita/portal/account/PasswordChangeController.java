package th.ita.portal.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.ita.portal.user.CurrentStaff;
import th.ita.portal.user.StaffPrincipal;
import th.ita.portal.user.StaffSessions;

/**
 * The signed-in user's own password: current, new and confirmed, at least 10 characters. An
 * agency's account changes it under {@code /staff}, a platform account at {@code /platform/password}.
 */
@Controller
@RequestMapping({ PasswordChangeController.STAFF, PasswordChangeController.PLATFORM })
class PasswordChangeController {

	static final String STAFF = "/staff/account/password";

	static final String PLATFORM = "/platform/password";

	private final OwnPassword ownPassword;

	private final StaffSessions sessions;

	PasswordChangeController(OwnPassword ownPassword, StaffSessions sessions) {
		this.ownPassword = ownPassword;
		this.sessions = sessions;
	}

	@GetMapping
	String initForm(Model model) {
		model.addAttribute("form", new PasswordChangeForm());
		return page(model);
	}

	@PostMapping
	String processForm(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("confirmPassword") && !form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "accounts.password.mismatch");
		}
		if (!result.hasFieldErrors("newPassword") && form.getNewPassword().equals(form.getCurrentPassword())) {
			result.rejectValue("newPassword", "accounts.password.same");
		}
		if (result.hasErrors()) {
			return page(model);
		}
		Optional<StaffPrincipal> changed = this.ownPassword.change(CurrentStaff.get(),
				form.getCurrentPassword(), form.getNewPassword());
		if (changed.isEmpty()) {
			result.rejectValue("currentPassword", "accounts.password.current-wrong");
			return page(model);
		}
		this.sessions.refreshCurrent(changed.get(), request, response);
		redirect.addFlashAttribute("flash", "accounts.flash.password-changed");
		return "redirect:" + here();
	}

	/** The form posts where it was asked for: a platform account has no page under /staff. */
	private static String page(Model model) {
		model.addAttribute("passwordAction", here());
		return "account/password";
	}

	private static String here() {
		return CurrentStaff.get().getAgencyId() == null ? PLATFORM : STAFF;
	}

}
