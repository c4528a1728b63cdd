package th.ita.portal.report;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import th.ita.portal.agency.Agency;
import th.ita.portal.common.EditableEntity;
import th.ita.portal.framework.Framework;

/** An agency's ITA report for one fiscal year. */
@Entity
@Table(name = "report")
public class Report extends EditableEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Agency agency;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Framework framework;

	private BigDecimal overallScore;

	private String result;

	/** When anything of this report was last published; public pages are stamped with it. */
	private Instant lastPublishedAt;

	protected Report() {
	}

	public Agency getAgency() {
		return this.agency;
	}

	public Framework getFramework() {
		return this.framework;
	}

	public int getFiscalYear() {
		return this.framework.getFiscalYear();
	}

	public BigDecimal getOverallScore() {
		return this.overallScore;
	}

	public String getResult() {
		return this.result;
	}

	public Instant getLastPublishedAt() {
		return this.lastPublishedAt;
	}

	/** Whether anything of this report was ever published: until then the public does not see the year. */
	public boolean isPublished() {
		return this.lastPublishedAt != null;
	}

}
