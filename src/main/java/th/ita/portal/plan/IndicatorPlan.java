package th.ita.portal.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import th.ita.portal.common.ProgressStatus;
import th.ita.portal.common.PublishableEntity;
import th.ita.portal.framework.Indicator;
import th.ita.portal.report.Report;
import th.ita.portal.unit.Unit;

/** How the agency will raise one indicator's score (1–8), as staff edit it (the draft). */
@Entity
@Table(name = "indicator_plan")
public class IndicatorPlan extends PublishableEntity {

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
