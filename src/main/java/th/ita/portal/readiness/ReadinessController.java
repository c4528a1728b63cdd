package th.ita.portal.readiness;

import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.ita.portal.common.NotFoundException;
import th.ita.portal.framework.ItemCodes;
import th.ita.portal.report.Report;
import th.ita.portal.report.StaffYear;
import th.ita.portal.user.CurrentStaff;
import th.ita.portal.user.Role;
import th.ita.portal.user.StaffPrincipal;
import th.ita.portal.web.PermanentRedirect;

/**
 * The year's readiness for staff: every item with its state and reasons, worst first (an editor's
 * own items first), filtered by unit; and one item's checklist beside what the evaluator sees.
 */
@Controller
@RequestMapping("/staff/{year:\\d{4}}/readiness")
class ReadinessController {

	private final Readiness readiness;

	private final ReadinessRules rules;

	ReadinessController(Readiness readiness, ReadinessRules rules) {
		this.readiness = readiness;
		this.rules = rules;
	}

	@GetMapping
	String list(@StaffYear Report report, @RequestParam(required = false) String unit, Model model) {
		YearReadiness year = this.readiness.of(report);
		Long unitId = unit != null && unit.matches("\\d{1,18}") ? Long.valueOf(unit) : null;
		StaffPrincipal user = CurrentStaff.get();
		Set<Long> own = user.hasRole(Role.EDITOR) ? user.getUnitIds() : Set.of();
		model.addAttribute("year", year);
		model.addAttribute("unitId", unitId);
		model.addAttribute("items", year.worstFirst(unitId, own));
		model.addAttribute("ownCodes", year.items().stream().filter(i -> YearReadiness.responsible(i, own))
			.map(ItemReadiness::code).collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("rules", this.rules.of(report));
		model.addAttribute("rulesEditable", this.rules.editable());
		model.addAttribute("ruleForm", model.containsAttribute("ruleForm") ? model.getAttribute("ruleForm") : new RuleForm());
		return "readiness/list";
	}

	@GetMapping("/" + ItemCodes.CODE_VARIABLE)
	Object item(@StaffYear Report report, @PathVariable int year, @PathVariable String code, Model model) {
		ItemReadiness item = this.readiness.of(report).items().stream()
			.filter(i -> i.code().equalsIgnoreCase(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("item " + code));
		if (!ItemCodes.isOwnSpelling(code, item.code())) {
			return PermanentRedirect.to("/staff/" + year + "/readiness/" + item.code());
		}
		model.addAttribute("item", item);
		model.addAttribute("report", report);
		return "readiness/item";
	}

}
