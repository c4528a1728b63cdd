package th.ita.portal.report;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.agency.Agency;
import th.ita.portal.agency.AgencyRepository;
import th.ita.portal.common.NotFoundException;

/** Finds the default agency's reports for the public pages. */
@Service
@Transactional(readOnly = true)
public class PublishedReports {

	private final AgencyRepository agencies;

	private final ReportRepository reports;

	PublishedReports(AgencyRepository agencies, ReportRepository reports) {
		this.agencies = agencies;
		this.reports = reports;
	}

	/**
	 * The default agency's report for a fiscal year, with its agency and framework loaded, and the
	 * agency's other years for the year switchers ({@link Report#getAgencyYears}). One statement:
	 * it reads every report of the agency (a row a year) instead of the one, so the switcher costs
	 * no statement of its own and is never out of date.
	 */
	public Report ofYear(int year) {
		List<Report> all = this.reports.findAllOfDefaultAgency();
		Report report = all.stream()
			.filter(r -> r.getFiscalYear() == year)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("report " + year));
		report.setAgencyYears(all.stream().map(Report::getFiscalYear).toList());
		return report;
	}

	public Optional<Agency> defaultAgency() {
		return this.agencies.findDefault();
	}

	/** The agency's reports, newest year first, with their frameworks loaded. */
	public List<Report> yearsOf(Agency agency) {
		return this.reports.findByAgencyNewestFirst(agency);
	}

}
