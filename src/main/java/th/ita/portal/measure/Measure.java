package th.ita.portal.measure;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import th.ita.portal.common.ProgressStatus;
import th.ita.portal.common.PublishableEntity;
import th.ita.portal.report.Report;
import th.ita.portal.unit.Unit;

/** A measure (มาตรการ) of a report, as staff edit it (the draft). */
@Entity
@Table(name = "measure")
public class Measure extends PublishableEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Report report;

	@ManyToOne(fetch = FetchType.LAZY)
	private Unit unit;

	private int position;

	private String name;

	private String method;

	private String period;

	private String responsible;

	private String summary;

	private String outcome;

	@Enumerated(EnumType.STRING)
	private ProgressStatus status;

	private Instant deletedAt;

	protected Measure() {
	}

	public Report getReport() {
		return this.report;
	}

	public Unit getUnit() {
		return this.unit;
	}

	public int getPosition() {
		return this.position;
	}

	public String getName() {
		return this.name;
	}

	public String getMethod() {
		return this.method;
	}

	public String getPeriod() {
		return this.period;
	}

	public String getResponsible() {
		return this.responsible;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public ProgressStatus getStatus() {
		return this.status;
	}

	public Instant getDeletedAt() {
		return this.deletedAt;
	}

	public Measure(Report report, int position) {
		this.report = report;
		this.position = position;
		this.name = "";
		this.method = "";
		this.period = "";
		this.responsible = "";
		this.summary = "";
		this.outcome = "";
		this.status = ProgressStatus.NOT_STARTED;
	}

	/** Staff's edit of the draft. */
	public void edit(Unit unit, String name, String method, String period, String responsible, String summary,
			String outcome, ProgressStatus status) {
		this.unit = unit;
		this.name = name;
		this.method = method;
		this.period = period;
		this.responsible = responsible;
		this.summary = summary;
		this.outcome = outcome;
		this.status = status;
	}

	public void moveTo(int position) {
		this.position = position;
	}

	/** Deleted drafts stay (with their history) until the deletion is published. */
	public void delete(Instant at) {
		this.deletedAt = at;
	}

	public boolean isDeleted() {
		return this.deletedAt != null;
	}

}
