package th.ita.portal.oit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.annotations.OptimisticLock;

import th.ita.portal.common.EditableEntity;
import th.ita.portal.common.ProgressStatus;
import th.ita.portal.framework.OitItem;
import th.ita.portal.report.Report;
import th.ita.portal.unit.Unit;

/** What the agency discloses for one OIT item in one report, as staff edit it (the draft). */
@Entity
@Table(name = "oit_disclosure")
public class OitDisclosure extends EditableEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Report report;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private OitItem item;

	@ManyToMany
	@JoinTable(name = "oit_disclosure_unit", joinColumns = @JoinColumn(name = "disclosure_id"),
			inverseJoinColumns = @JoinColumn(name = "unit_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<Unit> units = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private ProgressStatus status;

	private String progress;

	/** The version the public sees; null when never published. */
	@OptimisticLock(excluded = true)
	private Long publishedVersion;

	@OptimisticLock(excluded = true)
	private Instant publishedAt;

	/** When evidence was last added, changed or removed; does not move the version. */
	@OptimisticLock(excluded = true)
	private Instant evidenceChangedAt;

	protected OitDisclosure() {
	}

	public Report getReport() {
		return this.report;
	}

	public OitItem getItem() {
		return this.item;
	}

	public List<Unit> getUnits() {
		return this.units;
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
		return this.publishedVersion == null || this.publishedVersion != getVersion()
				|| (this.evidenceChangedAt != null && this.evidenceChangedAt.isAfter(this.publishedAt));
	}

	/** Marks this draft as what the public now sees. */
	public void markPublished(Instant at) {
		this.publishedVersion = getVersion();
		this.publishedAt = at;
	}

	/** Evidence was added, changed or removed: the disclosure has unpublished changes. */
	public void evidenceChanged() {
		this.evidenceChangedAt = Instant.now();
	}

	public Instant getEvidenceChangedAt() {
		return this.evidenceChangedAt;
	}

}
