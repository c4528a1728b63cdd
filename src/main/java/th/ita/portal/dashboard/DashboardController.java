package th.ita.portal.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.ita.portal.linkcheck.LinkCheckPages;
import th.ita.portal.publishing.YearPublisher;
import th.ita.portal.readiness.Readiness;
import th.ita.portal.report.Report;
import th.ita.portal.report.StaffYear;

/** The back office's front page for a year, and publishing all of the year's changes at once. */
@Controller
class DashboardController {

	private final Dashboard dashboard;

	private final YearPublisher publisher;

	private final LinkCheckPages links;

	private final Readiness readiness;

	DashboardController(Dashboard dashboard, YearPublisher publisher, LinkCheckPages links, Readiness readiness) {
		this.dashboard = dashboard;
		this.publisher = publisher;
		this.links = links;
		this.readiness = readiness;
	}

	@GetMapping("/staff")
	String newestYear() {
		// A new agency has no year yet: its first admin is shown where to open one, not a 404.
		return this.dashboard.newestYear().map((year) -> "redirect:/staff/" + year).orElse("staff/no-year");
	}

	@GetMapping("/staff/{year:\\d{4}}")
	String year(@StaffYear Report report, Model model) {
		model.addAttribute("view", this.dashboard.of(report));
		model.addAttribute("brokenLinks", this.links.failingOfReport(report));
		model.addAttribute("readiness", this.readiness.of(report));
		return "staff/dashboard";
	}

	@PostMapping("/staff/{year:\\d{4}}/publish")
	String publishAll(@StaffYear Report report, RedirectAttributes redirect) {
		redirect.addFlashAttribute("publishedCount", this.publisher.publishAll(report));
		return "redirect:/staff/" + report.getFiscalYear();
	}

}
