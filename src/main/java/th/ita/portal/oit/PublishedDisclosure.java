package th.ita.portal.oit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import th.ita.portal.common.ProgressStatus;
import th.ita.portal.framework.OitItem;
import th.ita.portal.report.Report;

/** The copy of an OIT disclosure the public sees: what was last published. */
@Entity
@Table(name = "oit_disclosure_pub")
public class PublishedDisclosure {

	@Id
	private Long disclosureId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Report report;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "item_id")
	private OitItem item;

	@Column(name = "item_id", insertable = false, updatable = false)
	private Long itemId;

	/** The responsible units' names as published, e.g. "สำนักปลัด, กองคลัง". */
	private String responsible;

	@Enumerated(EnumType.STRING)
	private ProgressStatus status;

	private String progress;

	private Instant publishedAt;

	private String publishedBy;

	protected PublishedDisclosure() {
	}

	public Long getDisclosureId() {
		return this.disclosureId;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public String getResponsible() {
		return this.responsible;
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

	public String getPublishedBy() {
		return this.publishedBy;
	}

	/** The first published copy of a disclosure. */
	public static PublishedDisclosure of(OitDisclosure draft) {
		PublishedDisclosure copy = new PublishedDisclosure();
		copy.disclosureId = draft.getId();
		copy.report = draft.getReport();
		copy.item = draft.getItem();
		return copy;
	}

	/** Copies what staff drafted; the units are kept as the names they had at that moment. */
	public void copy(OitDisclosure draft, Instant at, String by) {
		this.responsible = String.join(", ", draft.getUnits().stream().map(u -> u.getName()).toList());
		this.status = draft.getStatus();
		this.progress = draft.getProgress();
		this.publishedAt = at;
		this.publishedBy = by;
	}

}
