package th.ita.portal.readiness;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.ita.portal.report.Report;
import th.ita.portal.report.StaffYear;

/** Adding, replacing and removing a year's readiness rules (admins only; the service checks). */
@Controller
@RequestMapping("/staff/{year:\\d{4}}/readiness/rules")
class ReadinessRuleController {

	private final ReadinessRules rules;

	private final ReadinessController list;

	ReadinessRuleController(ReadinessRules rules, ReadinessController list) {
		this.rules = rules;
		this.list = list;
	}

	@PostMapping
	String save(@StaffYear Report report, @ModelAttribute("ruleForm") RuleForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			this.rules.save(report, form, result);
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return this.list.list(report, null, model);
		}
		redirect.addFlashAttribute("notice", "readiness.rule.saved");
		return "redirect:/staff/" + report.getFiscalYear() + "/readiness#rules-h";
	}

	@PostMapping("/{id:\\d{1,18}}/remove")
	String remove(@StaffYear Report report, @PathVariable long id, RedirectAttributes redirect) {
		this.rules.remove(report, id);
		redirect.addFlashAttribute("notice", "readiness.rule.removed");
		return "redirect:/staff/" + report.getFiscalYear() + "/readiness#rules-h";
	}

}
