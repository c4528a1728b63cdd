package th.ita.portal.history;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import th.ita.portal.common.NotFoundException;
import th.ita.portal.report.Report;
import th.ita.portal.report.StaffYear;

/** Staff and auditors read every change, and what the public saw on a given date. */
@Controller
class HistoryController {

	private final HistoryPages pages;

	HistoryController(HistoryPages pages) {
		this.pages = pages;
	}

	@GetMapping("/staff/{year:\\d{4}}/history")
	String year(@StaffYear Report report, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("year", report.getFiscalYear());
		model.addAttribute("revisions", this.pages.ofReport(report, page));
		return "staff/history/year";
	}

	@GetMapping("/staff/{year:\\d{4}}/history/{kind:measure|plan|disclosure}/{id:\\d+}")
	String entity(@StaffYear Report report, @PathVariable String kind, @PathVariable Long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
		EntityKind entityKind = EntityKind.valueOf(kind.toUpperCase(Locale.ROOT));
		var revisions = this.pages.ofEntity(report, entityKind, id);
		if (revisions.isEmpty()) {
			throw new NotFoundException(kind + " " + id);
		}
		model.addAttribute("year", report.getFiscalYear());
		model.addAttribute("kind", kind);
		model.addAttribute("id", id);
		model.addAttribute("label", revisions.get(0).getLabel());
		model.addAttribute("revisions", revisions);
		if (asOf != null && asOf.getYear() >= 1900 && asOf.getYear() <= 9999) {
			model.addAttribute("asOf", asOf);
			model.addAttribute("publicCopy", this.pages.publicAsOf(report, entityKind, id, asOf).orElse(null));
		}
		return "staff/history/entity";
	}

}
