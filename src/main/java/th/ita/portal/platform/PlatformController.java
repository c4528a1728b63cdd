package th.ita.portal.platform;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.ita.portal.common.StaleVersionException;

/**
 * The platform's pages for its operators: the list of agencies with their counts and a form for a
 * new agency; one agency's page with its names (renaming), host names, state and first admin.
 */
@Controller
@RequestMapping("/platform")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class PlatformController {

	static final String AGENCY_VIEW = "platform/agency";

	private final PlatformPages pages;

	private final PlatformAgencies agencies;

	PlatformController(PlatformPages pages, PlatformAgencies agencies) {
		this.pages = pages;
		this.agencies = agencies;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", new NewAgencyForm());
		return listView(model);
	}

	@PostMapping("/agencies")
	String create(@Valid @ModelAttribute("form") NewAgencyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return listView(model);
		}
		long id;
		try {
			id = this.agencies.create(form);
		}
		catch (PlatformRefusedException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return listView(model);
		}
		redirect.addFlashAttribute("flash", "platform.flash.created");
		return "redirect:/platform/agencies/" + id;
	}

	@GetMapping("/agencies/{id}")
	String show(@PathVariable long id, Model model) {
		AgencyDetails agency = this.pages.agency(id);
		model.addAttribute("form", AgencyForm.of(agency));
		return agencyView(agency, model);
	}

	@PostMapping("/agencies/{id}")
	String rename(@PathVariable long id, @Valid @ModelAttribute("form") AgencyForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			return agencyView(this.pages.agency(id), model);
		}
		try {
			this.agencies.rename(id, form);
		}
		catch (StaleVersionException ex) {
			AgencyDetails current = this.pages.agency(id);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("stale", true);
			model.addAttribute("current", current);
			form.setVersion(current.version());
			return agencyView(current, model);
		}
		redirect.addFlashAttribute("flash", "platform.flash.saved");
		return "redirect:/platform/agencies/" + id;
	}

	/** The agency's page with whichever of its forms the model does not hold yet. */
	static String agencyView(AgencyDetails agency, Model model) {
		model.addAttribute("agency", agency);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AgencyForm.of(agency));
		}
		if (!model.containsAttribute("hostForm")) {
			model.addAttribute("hostForm", new HostForm());
		}
		if (!model.containsAttribute("adminForm")) {
			model.addAttribute("adminForm", new FirstAdminForm());
		}
		return AGENCY_VIEW;
	}

	private String listView(Model model) {
		model.addAttribute("agencies", this.pages.agencies());
		return "platform/list";
	}

}
