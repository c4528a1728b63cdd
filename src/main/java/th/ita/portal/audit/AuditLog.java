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

/**
 * Writes the append-only audit log: sign-ins, failed sign-ins, user and role changes, publishes,
 * file downloads by staff and exports.
 */
@Service
public class AuditLog {

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
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
		this.entries.save(new AuditEntry(this.clock.instant(), truncate(username, 100), action, truncate(subject, 500),
				remoteAddress()));
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
