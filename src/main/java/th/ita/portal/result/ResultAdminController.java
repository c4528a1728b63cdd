package th.ita.portal.result;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.ita.portal.common.StaleVersionException;

/**
 * The admin's record of what the NACC published for each year: the list of years, and one year's
 * form (overall score, tool and indicator scores, result) with the level its framework's rule
 * suggests. "Suggest" only shows the rule's level in the result field; "save" records it.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ResultAdminController {

	private final ResultService service;

	ResultAdminController(ResultService service) {
		this.service = service;
	}

	@GetMapping("/staff/admin/results")
	String list(Model model) {
		model.addAttribute("years", this.service.years());
		return "result/list";
	}

	@GetMapping("/staff/admin/years/{year:\\d{4}}/result")
	String initForm(@PathVariable int year, Model model) {
		YearScores scores = this.service.year(year);
		model.addAttribute("form", ResultForm.of(scores));
		return formView(scores, model, this.service.rule(scores.frameworkId())
			.suggest(scores.overall(), scores.tools()));
	}

	@PostMapping("/staff/admin/years/{year:\\d{4}}/result")
	String processForm(@PathVariable int year, @ModelAttribute("form") ResultForm form, BindingResult errors,
			@RequestParam(name = "action", defaultValue = "save") String action, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		YearScores scores = this.service.year(year);
		ResultValues values = ResultValues.read(form, scores, errors);
		Suggestion suggestion = this.service.rule(scores.frameworkId()).suggest(values.overall(), values.tools());
		if ("suggest".equals(action)) {
			if (!errors.hasErrors() && suggestion.reached()) {
				form.setResult(suggestion.level());
			}
			model.addAttribute("suggested", !errors.hasErrors());
			return formView(scores, model, suggestion);
		}
		values.requireComplete(errors);
		if (errors.hasErrors()) {
			response.setStatus(422);
			return formView(scores, model, suggestion);
		}
		try {
			this.service.save(year, form.getVersion(), values);
		}
		catch (StaleVersionException ex) {
			YearScores current = this.service.year(year);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("stale", true);
			model.addAttribute("current", current);
			form.setVersion(current.version());
			return formView(current, model, suggestion);
		}
		redirect.addFlashAttribute("flash", "result.flash.saved");
		return "redirect:/staff/admin/years/" + year + "/result";
	}

	private String formView(YearScores scores, Model model, Suggestion suggestion) {
		model.addAttribute("year", scores);
		model.addAttribute("rule", this.service.rule(scores.frameworkId()));
		model.addAttribute("suggestion", suggestion);
		model.addAttribute("years", this.service.years());
		return "result/form";
	}

}
