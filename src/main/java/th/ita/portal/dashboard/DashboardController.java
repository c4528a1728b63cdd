package th.ita.portal.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.ita.portal.common.NotFoundException;
import th.ita.portal.publishing.YearPublisher;
import th.ita.portal.report.Report;
import th.ita.portal.report.StaffYear;

/** The back office's front page for a year, and publishing all of the year's changes at once. */
@Controller
class DashboardController {

	private final Dashboard dashboard;

	private final YearPublisher publisher;

	DashboardController(Dashboard dashboard, YearPublisher publisher) {
		this.dashboard = dashboard;
		this.publisher = publisher;
	}

	@GetMapping("/staff")
	String newestYear() {
		int year = this.dashboard.newestYear().orElseThrow(() -> new NotFoundException("report"));
		return "redirect:/staff/" + year;
	}

	@GetMapping("/staff/{year:\\d{4}}")
	String year(@StaffYear Report report, Model model) {
		model.addAttribute("view", this.dashboard.of(report));
		return "staff/dashboard";
	}

	@PostMapping("/staff/{year:\\d{4}}/publish")
	String publishAll(@StaffYear Report report, RedirectAttributes redirect) {
		redirect.addFlashAttribute("publishedCount", this.publisher.publishAll(report));
		return "redirect:/staff/" + report.getFiscalYear();
	}

}
