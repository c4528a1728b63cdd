package th.ita.portal.site;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

import th.ita.portal.agency.Agency;
import th.ita.portal.common.NotFoundException;
import th.ita.portal.framework.FiscalYear;
import th.ita.portal.oit.OitPublicPages;
import th.ita.portal.oit.SubindicatorProgress;
import th.ita.portal.report.Audience;
import th.ita.portal.report.PublishedReports;
import th.ita.portal.report.Report;
import th.ita.portal.result.ResultTrends;
import th.ita.portal.web.PublicCaching;
import th.ita.portal.web.cache.CachedPublicPage;

/**
 * The public front page: the agency, its fiscal years on record, and the chosen year's score,
 * result and OIT progress at a glance. {@code /} shows the newest year, {@code /ita/{year}} any.
 */
@Controller
class HomeController {

	private final PublishedReports reports;

	private final OitPublicPages oit;

	private final PublicCaching caching;

	private final ResultTrends trends;

	HomeController(PublishedReports reports, OitPublicPages oit, PublicCaching caching, ResultTrends trends) {
		this.reports = reports;
		this.oit = oit;
		this.caching = caching;
		this.trends = trends;
	}

	@CachedPublicPage
	@GetMapping("/")
	String home(ServletWebRequest request, Model model) {
		return show(null, request, model);
	}

	@CachedPublicPage
	@GetMapping("/ita/{year:\\d{4}}")
	String year(@PathVariable int year, ServletWebRequest request, Model model) {
		return show(year, request, model);
	}

	private String show(Integer year, ServletWebRequest request, Model model) {
		Optional<Agency> agency = this.reports.agency();
		if (agency.isEmpty()) {
			if (year != null) {
				throw new NotFoundException("agency");
			}
			return "site/no-agency";
		}
		List<Report> years = this.reports.yearsOf(agency.get(), Audience.PUBLIC);
		Report selected = years.stream()
			.filter(r -> year == null || r.getFiscalYear() == year)
			.findFirst()
			.orElse(null);
		if (year != null && selected == null) {
			throw new NotFoundException("report " + year);
		}
		if (this.caching.notModified(request, "home-" + (year == null ? "latest" : year), lastChange(agency.get(), years))) {
			return null;
		}
		List<SubindicatorProgress> progress = (selected != null) ? this.oit.progress(selected) : List.of();
		model.addAttribute("page", new HomePage(agency.get(), years, selected,
				selected == null ? null : new FiscalYear(selected.getFiscalYear()), progress));
		model.addAttribute("trend", years.isEmpty() ? null : this.trends.of(years));
		return "site/home";
	}

	private static Instant lastChange(Agency agency, List<Report> years) {
		return Stream.concat(Stream.of(agency.getUpdatedAt()), years.stream().map(Report::getLastPublishedAt))
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	record HomePage(Agency agency, List<Report> years, Report selected, FiscalYear fiscalYear,
			List<SubindicatorProgress> progress) {

		public long itemsDone() {
			return this.progress.stream().mapToLong(SubindicatorProgress::done).sum();
		}

		public long items() {
			return this.progress.stream().mapToLong(SubindicatorProgress::items).sum();
		}

		public int percentDone() {
			return items() == 0 ? 0 : (int) Math.round(100.0 * itemsDone() / items());
		}

	}

}
