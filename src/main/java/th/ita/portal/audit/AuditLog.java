package th.ita.portal.audit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import th.ita.portal.agency.CurrentAgency;

/**
 * Writes the append-only audit log: sign-ins, failed sign-ins, user and role changes, publishes,
 * file downloads by staff and exports. Each entry belongs to the agency it happened in (the
 * request's, {@link CurrentAgency}); a platform action names none ({@link #recordFor}).
 */
@Service
public class AuditLog {

	private final AuditEntryRepository entries;

	private final Clock clock;

	private final CurrentAgency agency;

	AuditLog(AuditEntryRepository entries, Clock clock, CurrentAgency agency) {
		this.entries = entries;
		this.clock = clock;
		this.agency = agency;
	}

	/** Records an action by the signed-in user (or "anonymous"), in the caller's transaction. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditAction action, String subject) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String username = (auth != null && auth.isAuthenticated()) ? auth.getName() : "anonymous";
		record(username, action, subject);
	}

	/** Records an action on behalf of a named user, e.g. a failed sign-in. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String username, AuditAction action, String subject) {
		recordFor(this.agency.isPresent() ? this.agency.id() : null, username, action, subject);
	}

	/** Records an action in a named agency, or (null) a platform action of no agency. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordFor(Long agencyId, String username, AuditAction action, String subject) {
		this.entries.save(new AuditEntry(this.clock.instant(), agencyId, truncate(username, 100), action,
				truncate(subject, 500), remoteAddress()));
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

}
