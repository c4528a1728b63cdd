package th.ita.portal.evidence;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import th.ita.portal.common.EditableEntity;
import th.ita.portal.oit.OitDisclosure;

/** One piece of evidence of a disclosure, as staff edit it (the draft): a link or a file. */
@Entity
@Table(name = "evidence")
public class Evidence extends EditableEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private OitDisclosure disclosure;

	@Enumerated(EnumType.STRING)
	private EvidenceKind kind;

	private String title;

	private String url;

	/** The year a link was carried from when its year was opened; cleared once someone saves its title. */
	private Integer carriedFrom;

	@Embedded
	private StoredFile file;

	private int position;

	private String createdBy;

	/** The document's own date and the period it covers, if known. */
	@Embedded
	private EvidenceDates dates;

	/** The item's data components this evidence covers (ids of {@code oit_item_component}). */
	@ElementCollection
	@CollectionTable(name = "evidence_component", joinColumns = @JoinColumn(name = "evidence_id"))
	@Column(name = "component_id")
	private Set<Long> componentIds = new LinkedHashSet<>();

	protected Evidence() {
	}

	private Evidence(OitDisclosure disclosure, EvidenceKind kind, String title, int position, String createdBy) {
		this.disclosure = disclosure;
		this.kind = kind;
		this.title = title;
		this.position = position;
		this.createdBy = createdBy;
	}

	static Evidence link(OitDisclosure disclosure, String title, String url, int position, String createdBy) {
		Evidence evidence = new Evidence(disclosure, EvidenceKind.LINK, title, position, createdBy);
		evidence.url = url;
		return evidence;
	}

	static Evidence file(OitDisclosure disclosure, String title, StoredFile file, int position, String createdBy) {
		Evidence evidence = new Evidence(disclosure, EvidenceKind.FILE, title, position, createdBy);
		evidence.file = file;
		return evidence;
	}

	void rename(String title) {
		this.title = title;
		this.carriedFrom = null;
	}

	public Integer getCarriedFrom() {
		return this.carriedFrom;
	}

	/** Ties and dates as checked by {@link EvidenceDetails}. */
	void describe(Set<Long> components, EvidenceDates dates) {
		if (!this.componentIds.equals(components)) {
			this.componentIds.clear();
			this.componentIds.addAll(components);
		}
		this.dates = dates;
	}

	public EvidenceDates getDates() {
		return EvidenceDates.orNone(this.dates);
	}

	public Set<Long> getComponentIds() {
		return this.componentIds;
	}

	void moveTo(int position) {
		this.position = position;
	}

	public OitDisclosure getDisclosure() {
		return this.disclosure;
	}

	public EvidenceKind getKind() {
		return this.kind;
	}

	public boolean isFile() {
		return this.kind == EvidenceKind.FILE;
	}

	public String getTitle() {
		return this.title;
	}

	public String getUrl() {
		return this.url;
	}

	public StoredFile getFile() {
		return this.file;
	}

	public int getPosition() {
		return this.position;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	/** One line for the history: title — URL, or title — file name, size, hash. */
	String describe() {
		return describeAs(this.title);
	}

	/** The history's line for this evidence under another title (a refused rename). */
	String describeAs(String otherTitle) {
		return otherTitle + " — " + (isFile() ? this.file.describe() : this.url)
				+ EvidenceText.details(getDates(), this.componentIds, this.disclosure);
	}

}
