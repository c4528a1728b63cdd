package th.ita.portal.readiness;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import th.ita.portal.framework.OitItem;

/**
 * A framework's item that asks for more than the default (evidence dated in the fiscal year): its
 * published evidence must cover this period (2566's o12: 1 Oct 2565 – 31 Mar 2566). Data, never code.
 */
@Entity
@Table(name = "readiness_rule")
public class ReadinessRule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "item_id")
	private OitItem item;

	@Column(name = "item_id", insertable = false, updatable = false)
	private Long itemId;

	private LocalDate periodFrom;

	private LocalDate periodTo;

	/** Where the rule comes from: the framework's own words. */
	private String source;

	private Instant createdAt;

	private String createdBy;

	protected ReadinessRule() {
	}

	ReadinessRule(OitItem item, LocalDate from, LocalDate to, String source, Instant at, String by) {
		this.item = item;
		this.itemId = item.getId();
		this.periodFrom = from;
		this.periodTo = to;
		this.source = source;
		this.createdAt = at;
		this.createdBy = by;
	}

	public Long getId() {
		return this.id;
	}

	public OitItem getItem() {
		return this.item;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public LocalDate getPeriodFrom() {
		return this.periodFrom;
	}

	public LocalDate getPeriodTo() {
		return this.periodTo;
	}

	public String getSource() {
		return this.source;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	/** One line for the audit log. */
	String describe() {
		return this.item.getCode() + " " + this.periodFrom + "–" + this.periodTo;
	}

}
