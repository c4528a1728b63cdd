package th.ita.portal.year;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency's years and opening one: the form, then a preview of what will be created (the
 * confirm step), then the opening. A refusal shows the form again, as typed, with the reason.
 */
@Controller
@RequestMapping("/staff/admin/years")
@PreAuthorize("hasRole('ADMIN')")
class YearAdminController {

	private final YearOpening opening;

	YearAdminController(YearOpening opening) {
		this.opening = opening;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", new YearRequest());
		return listView(model);
	}

	@PostMapping
	String open(@ModelAttribute("form") YearRequest form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			if (!form.isConfirm()) {
				model.addAttribute("preview", this.opening.preview(form));
				return "year/preview";
			}
			this.opening.open(form);
		}
		catch (YearRefusedException ex) {
			result.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArgs(), null);
			response.setStatus(ex.isAlreadyOpen() ? HttpServletResponse.SC_CONFLICT : 422);
			return listView(model);
		}
		redirect.addFlashAttribute("flash", "years.flash.opened");
		return "redirect:/staff/admin/years";
	}

	private String listView(Model model) {
		model.addAttribute("years", this.opening.years());
		model.addAttribute("frameworks", this.opening.frameworks());
		model.addAttribute("firstYear", YearOpening.FIRST_YEAR);
		model.addAttribute("lastYear", YearOpening.LAST_YEAR);
		return "year/list";
	}

}
