package th.ita.portal.evidence;

import java.net.URI;
import java.time.Instant;
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
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A copy of a piece of evidence as the public sees it, written when its disclosure is published.
 * It holds everything it shows, so it outlives its draft.
 */
@Entity
@Table(name = "evidence_pub")
public class PublishedEvidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long disclosureId;

	private Long evidenceId;

	@Enumerated(EnumType.STRING)
	private EvidenceKind kind;

	private String title;

	private String url;

	@Embedded
	private StoredFile file;

	private int position;

	private Instant publishedAt;

	private String publishedBy;

	@Embedded
	private EvidenceDates dates;

	/** The components the evidence covered when published (read for a whole year by {@link EvidenceCoverage}). */
	@ElementCollection
	@CollectionTable(name = "evidence_pub_component", joinColumns = @JoinColumn(name = "evidence_pub_id"))
	@Column(name = "component_id")
	private Set<Long> componentIds = new LinkedHashSet<>();

	protected PublishedEvidence() {
	}

	PublishedEvidence(Evidence draft, int position, Instant publishedAt, String publishedBy) {
		this.disclosureId = draft.getDisclosure().getId();
		this.evidenceId = draft.getId();
		this.kind = draft.getKind();
		this.title = draft.getTitle();
		this.url = draft.getUrl();
		this.file = draft.isFile() ? draft.getFile().copy() : null;
		this.position = position;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
		this.dates = draft.getDates();
		this.componentIds.addAll(draft.getComponentIds());
	}

	public Set<Long> getComponentIds() {
		return this.componentIds;
	}

	public EvidenceDates getDates() {
		return EvidenceDates.orNone(this.dates);
	}

	public Long getId() {
		return this.id;
	}

	/**
	 * The draft evidence this copy was published from. It stays the same however often the item is
	 * published again, so the public link of a file ({@code /ita/{year}/oit/o{n}/evidence/{this}})
	 * never changes.
	 */
	public Long getEvidenceId() {
		return this.evidenceId;
	}

	public Long getDisclosureId() {
		return this.disclosureId;
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

	/** The host a link leads to, shown beside its title so readers know where they are going. */
	public String getHost() {
		return this.url == null ? null : URI.create(this.url).getHost();
	}

	public StoredFile getFile() {
		return this.file;
	}

	public int getPosition() {
		return this.position;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public String getPublishedBy() {
		return this.publishedBy;
	}

}
