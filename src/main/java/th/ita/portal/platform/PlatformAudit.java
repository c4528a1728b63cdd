package th.ita.portal.platform;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;

/**
 * The audit log of platform actions, with the agency they concern named explicitly (never the
 * request's agency, which is only the host the platform admin happened to use): an action on one
 * agency is logged under that agency, so its admins see it; an action on the platform itself (its
 * own accounts) under none ({@code agency_id} null). Written in the caller's transaction.
 */
@Component
class PlatformAudit {

	static final String SYSTEM = "system";

	private final AuditLog auditLog;

	PlatformAudit(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	void record(Long agencyId, AuditAction action, String subject) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String username = (auth != null && auth.isAuthenticated()) ? auth.getName() : SYSTEM;
		this.auditLog.recordFor(agencyId, username, action, subject);
	}

}
