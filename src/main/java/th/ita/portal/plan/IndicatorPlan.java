package th.ita.portal.plan;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.OptimisticLock;

import th.ita.portal.common.EditableEntity;
import th.ita.portal.common.ProgressStatus;
import th.ita.portal.framework.Indicator;
import th.ita.portal.report.Report;
import th.ita.portal.unit.Unit;

/** How the agency will raise one indicator's score (1–8), as staff edit it (the draft). */
@Entity
@Table(name = "indicator_plan")
public class IndicatorPlan extends EditableEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Report report;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Indicator indicator;

	@ManyToOne(fetch = FetchType.LAZY)
	private Unit unit;

	private String guideline;

	private String responsible;

	private String period;

	@Enumerated(EnumType.STRING)
	private ProgressStatus status;

	private String progress;

	/** The version the public sees; null when never published. */
	@OptimisticLock(excluded = true)
	private Long publishedVersion;

	@OptimisticLock(excluded = true)
	private Instant publishedAt;

	protected IndicatorPlan() {
	}

	public Report getReport() {
		return this.report;
	}

	public Indicator getIndicator() {
		return this.indicator;
	}

	public Unit getUnit() {
		return this.unit;
	}

	public String getGuideline() {
		return this.guideline;
	}

	public String getResponsible() {
		return this.responsible;
	}

	public String getPeriod() {
		return this.period;
	}

	public ProgressStatus getStatus() {
		return this.status;
	}

	public String getProgress() {
		return this.progress;
	}

	public Long getPublishedVersion() {
		return this.publishedVersion;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	/** True when the public sees an older copy than this draft, or none at all. */
	public boolean hasUnpublishedChanges() {
		return this.publishedVersion == null || this.publishedVersion != getVersion();
	}

	/** Marks this draft as what the public now sees. */
	public void markPublished(Instant at) {
		this.publishedVersion = getVersion();
		this.publishedAt = at;
	}

	/** Staff's edit of the draft. */
	public void edit(Unit unit, String guideline, String responsible, String period, ProgressStatus status,
			String progress) {
		this.unit = unit;
		this.guideline = guideline;
		this.responsible = responsible;
		this.period = period;
		this.status = status;
		this.progress = progress;
	}

}
