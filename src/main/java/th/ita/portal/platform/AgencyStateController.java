package th.ita.portal.platform;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
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

/**
 * Changing what an agency is on the platform: disabling it (after a confirmation page) and
 * enabling it again, its host names, and its first admin, whose one-time password is shown once.
 */
@Controller
@RequestMapping("/platform/agencies/{id}")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class AgencyStateController {

	private final PlatformPages pages;

	private final PlatformAgencies agencies;

	private final AgencyAdmins admins;

	AgencyStateController(PlatformPages pages, PlatformAgencies agencies, AgencyAdmins admins) {
		this.pages = pages;
		this.agencies = agencies;
		this.admins = admins;
	}

	@GetMapping("/disable")
	String confirmDisable(@PathVariable long id, Model model) {
		model.addAttribute("agency", this.pages.agency(id));
		return "platform/disable";
	}

	@PostMapping("/disable")
	String disable(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		this.agencies.setEnabled(id, false, version);
		redirect.addFlashAttribute("flash", "platform.flash.disabled");
		return "redirect:/platform/agencies/" + id;
	}

	@PostMapping("/enable")
	String enable(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		this.agencies.setEnabled(id, true, version);
		redirect.addFlashAttribute("flash", "platform.flash.enabled");
		return "redirect:/platform/agencies/" + id;
	}

	@PostMapping("/hosts")
	String addHost(@PathVariable long id, @Valid @ModelAttribute("hostForm") HostForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.agencies.addHost(id, form.getHost());
				redirect.addFlashAttribute("flash", "platform.flash.host-added");
				return "redirect:/platform/agencies/" + id;
			}
			catch (PlatformRefusedException ex) {
				result.rejectValue("host", ex.messageKey());
			}
		}
		return PlatformController.agencyView(this.pages.agency(id), model);
	}

	@PostMapping("/hosts/remove")
	String removeHost(@PathVariable long id, @RequestParam String host, RedirectAttributes redirect) {
		this.agencies.removeHost(id, host);
		redirect.addFlashAttribute("flash", "platform.flash.host-removed");
		return "redirect:/platform/agencies/" + id;
	}

	@PostMapping("/admin")
	String createAdmin(@PathVariable long id, @Valid @ModelAttribute("adminForm") FirstAdminForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				String password = this.admins.createFirst(id, form);
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				model.addAttribute("agency", this.pages.agency(id));
				model.addAttribute("username", form.getUsername());
				model.addAttribute("password", password);
				return "platform/admin-created";
			}
			catch (PlatformRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return PlatformController.agencyView(this.pages.agency(id), model);
	}

}
