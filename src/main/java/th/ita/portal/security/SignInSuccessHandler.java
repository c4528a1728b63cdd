package th.ita.portal.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;
import th.ita.portal.user.StaffPrincipal;

/**
 * A successful sign-in: the account's failures are forgiven, the audit log notes it, and a user
 * who must change their password is sent there first.
 */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final SignInThrottle throttle;

	private final AuditLog auditLog;

	SignInSuccessHandler(SignInThrottle throttle, AuditLog auditLog) {
		this.throttle = throttle;
		this.auditLog = auditLog;
		setDefaultTargetUrl(SecurityConfig.STAFF_HOME);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		this.throttle.succeeded(authentication.getName());
		this.auditLog.record(authentication.getName(), AuditAction.SIGN_IN, null);
		if (authentication.getPrincipal() instanceof StaffPrincipal staff && staff.isMustChangePassword()) {
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, SecurityConfig.CHANGE_PASSWORD);
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
