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

	@Transactional
	public void stamp(Report report, Instant at) {
		this.reports.stampPublished(report.getId(), at);
		this.events.publishEvent(new ReportPublished(report.getId(), at));
	}

}
