package th.ita.portal.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One line of the audit log. Rows are only ever inserted. */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant at;

	/** The agency the action happened in; null for a platform action. */
	@Column(name = "agency_id", updatable = false)
	private Long agencyId;

	private String username;

	@Enumerated(EnumType.STRING)
	private AuditAction action;

	private String subject;

	private String remoteAddress;

	protected AuditEntry() {
	}

	AuditEntry(Instant at, Long agencyId, String username, AuditAction action, String subject, String remoteAddress) {
		this.agencyId = agencyId;
		this.at = at;
		this.username = username;
		this.action = action;
		this.subject = subject;
		this.remoteAddress = remoteAddress;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getAt() {
		return this.at;
	}

	public String getUsername() {
		return this.username;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getRemoteAddress() {
		return this.remoteAddress;
	}

}
