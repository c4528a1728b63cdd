package th.ita.portal.plan;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import th.ita.portal.common.ProgressStatus;
import th.ita.portal.framework.Indicator;
import th.ita.portal.report.Report;

/** The copy of an indicator plan the public sees: what was last published. */
@Entity
@Table(name = "indicator_plan_pub")
public class PublishedPlan {

	@Id
	private Long planId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Report report;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Indicator indicator;

	private String guideline;

	private String responsible;

	private String period;

	@Enumerated(EnumType.STRING)
	private ProgressStatus status;

	private String progress;

	private Instant publishedAt;

	private String publishedBy;

	protected PublishedPlan() {
	}

	public Long getPlanId() {
		return this.planId;
	}

	public Indicator getIndicator() {
		return this.indicator;
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

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public static PublishedPlan of(IndicatorPlan draft) {
		PublishedPlan copy = new PublishedPlan();
		copy.planId = draft.getId();
		copy.report = draft.getReport();
		copy.indicator = draft.getIndicator();
		return copy;
	}

	public void copy(IndicatorPlan draft, Instant at, String by) {
		this.guideline = draft.getGuideline();
		this.responsible = draft.getResponsible();
		this.period = draft.getPeriod();
		this.status = draft.getStatus();
		this.progress = draft.getProgress();
		this.publishedAt = at;
		this.publishedBy = by;
	}

}
