package th.ita.portal.report;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stamps a report when anything of it is published, and tells the rest of the portal (the public
 * page cache) once the publishing transaction has committed.
 */
@Service
public class Publications {

	private final ReportRepository reports;

	private final ApplicationEventPublisher events;

	Publications(ReportRepository reports, ApplicationEventPublisher events) {
		this.reports = reports;
		this.events = events;
	}

	/**
	 * Waits for any other publish of the year's report to end, and holds the report until the
	 * caller's transaction ends. Every publish takes its turn first, before it reads what to
	 * publish: so it reads what the publish before it committed, and two publishes never lock the
	 * same rows in opposite orders (a publish of the whole year and of one of its items would
	 * otherwise deadlock, each holding what the other waits for).
	 */
	@Transactional
	public void takeTurn(int year) {
		this.reports.lockOfDefaultAgency(year);
	}

	@Transactional
	public void stamp(Report report, Instant at) {
		this.reports.stampPublished(report.getId(), at);
		this.events.publishEvent(new ReportPublished(report.getId(), at));
	}

}
