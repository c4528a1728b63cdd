package th.ita.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;

/** Writes SIGN_OUT to the audit log when a signed-in user signs out. */
@Component
class SignOutAuditHandler implements LogoutHandler {

	private final AuditLog auditLog;

	SignOutAuditHandler(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication != null) {
			this.auditLog.record(authentication.getName(), AuditAction.SIGN_OUT, null);
		}
	}

}
