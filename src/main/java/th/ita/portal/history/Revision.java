package th.ita.portal.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import th.ita.portal.report.Report;

/** One save, delete or publish of a measure, plan or disclosure: who, when, and what changed. */
@Entity
@Table(name = "revision")
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Report report;

	@Enumerated(EnumType.STRING)
	private EntityKind entityType;

	private Long entityId;

	private String label;

	@Enumerated(EnumType.STRING)
	private RevisionAction action;

	private String username;

	private Instant at;

	@OneToMany(mappedBy = "revision", cascade = CascadeType.PERSIST)
	@OrderBy("position")
	private List<RevisionField> fields = new ArrayList<>();

	protected Revision() {
	}

	Revision(Report report, EntityKind entityType, Long entityId, String label, RevisionAction action,
			String username, Instant at) {
		this.report = report;
		this.entityType = entityType;
		this.entityId = entityId;
		this.label = label;
		this.action = action;
		this.username = username;
		this.at = at;
	}

	void addField(String field, String before, String after) {
		this.fields.add(new RevisionField(this, this.fields.size() + 1, field, before, after));
	}

	public Long getId() {
		return this.id;
	}

	public EntityKind getEntityType() {
		return this.entityType;
	}

	public Long getEntityId() {
		return this.entityId;
	}

	public String getLabel() {
		return this.label;
	}

	public RevisionAction getAction() {
		return this.action;
	}

	public String getUsername() {
		return this.username;
	}

	public Instant getAt() {
		return this.at;
	}

	public List<RevisionField> getFields() {
		return this.fields;
	}

}
