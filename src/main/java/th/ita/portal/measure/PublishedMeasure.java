package th.ita.portal.measure;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import th.ita.portal.common.ProgressStatus;
import th.ita.portal.report.Report;

/** The copy of a measure the public sees: what was last published. */
@Entity
@Table(name = "measure_pub")
public class PublishedMeasure {

	@Id
	private Long measureId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Report report;

	private int position;

	private String name;

	private String method;

	private String period;

	private String responsible;

	private String summary;

	private String outcome;

	@Enumerated(EnumType.STRING)
	private ProgressStatus status;

	private Instant publishedAt;

	private String publishedBy;

	protected PublishedMeasure() {
	}

	public Long getMeasureId() {
		return this.measureId;
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

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public String getPublishedBy() {
		return this.publishedBy;
	}

	public static PublishedMeasure of(Measure draft) {
		PublishedMeasure copy = new PublishedMeasure();
		copy.measureId = draft.getId();
		copy.report = draft.getReport();
		return copy;
	}

	public void copy(Measure draft, Instant at, String by) {
		this.position = draft.getPosition();
		this.name = draft.getName();
		this.method = draft.getMethod();
		this.period = draft.getPeriod();
		this.responsible = draft.getResponsible();
		this.summary = draft.getSummary();
		this.outcome = draft.getOutcome();
		this.status = draft.getStatus();
		this.publishedAt = at;
		this.publishedBy = by;
	}

}
