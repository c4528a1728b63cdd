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

	/** The default agency's report for a fiscal year, with its agency and framework loaded. */
	public Report ofYear(int year) {
		return this.reports.findOfDefaultAgency(year).orElseThrow(() -> new NotFoundException("report " + year));
	}

	public Optional<Agency> defaultAgency() {
		return this.agencies.findDefault();
	}

	/** The agency's reports, newest year first, with their frameworks loaded. */
	public List<Report> yearsOf(Agency agency) {
		return this.reports.findByAgencyNewestFirst(agency);
	}

}
