package th.ita.portal.report;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;
import th.ita.portal.common.PublishableEntity;
import th.ita.portal.common.StaleVersionException;
import th.ita.portal.user.CurrentStaff;
import th.ita.portal.user.StaffPrincipal;

/**
 * Publishing's rules for every kind of record: publishes of a year take turns, a record is
 * published as the approver saw it or not at all, and the report is stamped, telling the rest of
 * the portal (the public page cache) once the publishing transaction has committed.
 */
@Service
public class Publications {

	private final ReportRepository reports;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	private final CurrentAgency agency;

	Publications(ReportRepository reports, ApplicationEventPublisher events, AuditLog audit, Clock clock, CurrentAgency agency) {
		this.reports = reports;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.agency = agency;
	}

	/**
	 * An approver or admin publishes one record of the year's report: the draft they saw
	 * ({@code version}; null takes whatever is there), or, when someone saved it since, nothing
	 * ({@link StaleVersionException}). The turn is taken before the record is read.
	 * @param find reads the record (a 404 when it is not there)
	 * @param label names the record in the audit log
	 * @param publish copies the draft for the public, at this instant, by this user
	 */
	@Transactional
	public <T extends PublishableEntity> void publishOne(int year, Long version, Supplier<T> find,
			Function<T, String> label, Step<T> publish) {
		StaffPrincipal user = CurrentStaff.requirePublish();
		takeTurn(year);
		T record = find.get();
		if (version != null && version != record.getVersion()) {
			throw new StaleVersionException(label.apply(record));
		}
		publish.publish(record, this.clock.instant(), user.getUsername());
		this.audit.record(AuditAction.PUBLISH, label.apply(record) + " " + year);
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
		this.reports.lockOfAgency(this.agency.id(), year);
	}

	@Transactional
	public void stamp(Report report, Instant at) {
		this.reports.stampPublished(report.getId(), at);
		this.events.publishEvent(new ReportPublished(report.getId(), report.getAgency().getId(), at));
	}

	/**
	 * Something public of the report changed that is no record's publish (its recorded result):
	 * stamped only when the report is already published, so a year not yet published stays unseen
	 * (the public sees a year from its first publish on, see {@link Audience#PUBLIC}).
	 */
	@Transactional
	public void restamp(Report report, Instant at) {
		if (this.reports.restampPublished(report.getId(), at) > 0) {
			this.events.publishEvent(new ReportPublished(report.getId(), report.getAgency().getId(), at));
		}
	}

	/** How one kind of record is published, inside the caller's transaction. */
	@FunctionalInterface
	public interface Step<T> {

		void publish(T record, Instant at, String by);

	}

}
