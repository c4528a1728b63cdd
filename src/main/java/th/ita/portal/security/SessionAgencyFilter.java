package th.ita.portal.security;

import java.io.IOException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;
import th.ita.portal.user.StaffPrincipal;

/**
 * A signed-in session of an agency's account is good only at that agency's hosts. Used at another
 * agency's host (a cookie carried over, a shared parent domain, a forged Host) or at a host no agency
 * claims, it is refused: the session ends, the audit log notes SESSION_REFUSED in the agency whose
 * host it was used at (none at an unknown host), and the request is sent to sign in. So agency A's
 * cookie is never accepted at agency B's host, and is dead at A's too afterwards. A platform
 * account, of no agency, is never refused here: {@code /platform} answers it at any host, and
 * {@code /staff} refuses it by role.
 */
class SessionAgencyFilter extends OncePerRequestFilter {

	private final CurrentAgency agency;

	private final AuditLog auditLog;

	SessionAgencyFilter(CurrentAgency agency, AuditLog auditLog) {
		this.agency = agency;
		this.auditLog = auditLog;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		Long accountAgency = (auth != null && auth.getPrincipal() instanceof StaffPrincipal staff) ? staff.getAgencyId()
				: null;
		if (!foreign(accountAgency)) {
			chain.doFilter(request, response);
			return;
		}
		this.auditLog.record(auth.getName(), AuditAction.SESSION_REFUSED, "session of agency " + accountAgency);
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		response.sendRedirect(request.getContextPath() + SecurityConfig.LOGIN + "?expired");
	}

	/** Whether an account of this agency (null: a platform account, or no one) is at another's host. */
	boolean foreign(Long accountAgency) {
		return accountAgency != null && !(this.agency.isPresent() && this.agency.id() == accountAgency);
	}

}
