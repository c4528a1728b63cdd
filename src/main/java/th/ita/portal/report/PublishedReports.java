package th.ita.portal.report;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.agency.Agency;
import th.ita.portal.agency.AgencyRepository;
import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.common.NotFoundException;

/**
 * Finds the request's agency's reports, for the public ({@link Audience#PUBLIC}: published years
 * only) or for staff ({@link Audience#STAFF}: every opened year).
 */
@Service
@Transactional(readOnly = true)
public class PublishedReports {

	private final AgencyRepository agencies;

	private final ReportRepository reports;

	private final CurrentAgency current;

	PublishedReports(AgencyRepository agencies, ReportRepository reports, CurrentAgency current) {
		this.agencies = agencies;
		this.reports = reports;
		this.current = current;
	}

	/**
	 * The agency's report for a fiscal year as the audience may see it, with its agency and
	 * framework loaded, and the years that audience's year switchers link. One statement: it reads
	 * every report of the agency (a row a year) instead of the one, so the switcher costs no
	 * statement of its own and is never out of date. A year not opened, or (for the public) not
	 * published, is a 404.
	 */
	public OfYear ofYear(int year, Audience audience) {
		List<Report> seen = this.reports.findAllOfAgency(this.current.id()).stream().filter(audience::sees).toList();
		Report report = seen.stream()
			.filter(r -> r.getFiscalYear() == year)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("report " + year));
		return new OfYear(report, new AgencyYears(seen.stream().map(Report::getFiscalYear).toList()));
	}

	/** A year's report and the years its switcher links. */
	public record OfYear(Report report, AgencyYears years) {
	}

	/** The request's agency (see {@link CurrentAgency}). */
	public Optional<Agency> agency() {
		return this.agencies.findById(this.current.id());
	}

	/** The agency's reports the audience may see, newest year first, with their frameworks loaded. */
	public List<Report> yearsOf(Agency agency, Audience audience) {
		return this.reports.findByAgencyNewestFirst(agency).stream().filter(audience::sees).toList();
	}

}
