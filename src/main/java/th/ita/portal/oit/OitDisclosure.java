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

import th.ita.portal.common.ProgressStatus;
import th.ita.portal.common.PublishableEntity;
import th.ita.portal.framework.OitItem;
import th.ita.portal.report.Report;
import th.ita.portal.unit.Unit;

/** What the agency discloses for one OIT item in one report, as staff edit it (the draft). */
@Entity
@Table(name = "oit_disclosure")
public class OitDisclosure extends PublishableEntity {

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

	/** Also true when its evidence changed after the last publish. */
	@Override
	public boolean hasUnpublishedChanges() {
		return super.hasUnpublishedChanges()
				|| (this.evidenceChangedAt != null && this.evidenceChangedAt.isAfter(getPublishedAt()));
	}

	/** Evidence was added, changed or removed: the disclosure has unpublished changes. */
	public void evidenceChanged(Instant at) {
		this.evidenceChangedAt = at;
	}

	/** Staff's edit of the draft. */
	public void edit(List<Unit> units, ProgressStatus status, String progress) {
		if (!this.units.equals(units)) {
			this.units.clear();
			this.units.addAll(units);
		}
		this.status = status;
		this.progress = progress;
	}

}
