package th.ita.portal.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

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

	/**
	 * The fiscal years of this report's agency, newest first, as read together with this report
	 * for a year's page (see {@link PublishedReports#ofYear}); empty when it was read otherwise.
	 * The year switchers link them. Not stored.
	 */
	@Transient
	private List<Integer> agencyYears = List.of();

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

	public List<Integer> getAgencyYears() {
		return this.agencyYears;
	}

	void setAgencyYears(List<Integer> years) {
		this.agencyYears = List.copyOf(years);
	}

}
