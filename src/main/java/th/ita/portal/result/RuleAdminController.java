package th.ita.portal.result;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.ita.portal.agency.SharedStructure;
import th.ita.portal.common.StaleVersionException;

/** A framework's result rule: the levels as lines of text, shown and replaced whole. ADMIN only. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RuleAdminController {

	private final RuleService service;

	RuleAdminController(RuleService service) {
		this.service = service;
	}

	@GetMapping("/staff/admin/frameworks/{id:\\d+}/result-rule")
	String initForm(@PathVariable long id, Model model) {
		RuleService.FrameworkName framework = this.service.framework(id);
		ResultRule rule = this.service.rule(id);
		RuleForm form = new RuleForm();
		form.setVersion(rule.exists() ? rule.version() : 0);
		form.setLevels(RuleText.write(rule));
		model.addAttribute("form", form);
		return view(framework, rule, model, List.of());
	}

	@PreAuthorize(SharedStructure.WRITE)
	@PostMapping("/staff/admin/frameworks/{id:\\d+}/result-rule")
	String processForm(@PathVariable long id, @ModelAttribute("form") RuleForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		RuleService.FrameworkName framework = this.service.framework(id);
		RuleText.Parsed parsed = RuleText.read(form.getLevels());
		if (!parsed.problems().isEmpty()) {
			response.setStatus(422);
			return view(framework, this.service.rule(id), model, parsed.problems());
		}
		try {
			this.service.replace(id, form.getVersion(), parsed.levels());
		}
		catch (StaleVersionException ex) {
			ResultRule current = this.service.rule(id);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("stale", true);
			model.addAttribute("currentText", RuleText.write(current));
			form.setVersion(current.version());
			return view(framework, current, model, List.of());
		}
		redirect.addFlashAttribute("flash", "result.rule.flash.saved");
		return "redirect:/staff/admin/frameworks/" + id + "/result-rule";
	}

	private String view(RuleService.FrameworkName framework, ResultRule rule, Model model, List<RuleText.Problem> problems) {
		model.addAttribute("framework", framework);
		model.addAttribute("rule", rule);
		model.addAttribute("problems", problems);
		model.addAttribute("header", RuleText.HEADER);
		model.addAttribute("maxLevels", RuleText.MAX_LEVELS);
		return "result/rule";
	}

}
