package th.ita.portal.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;

/**
 * A failed sign-in: counted by the throttle, written to the audit log with the username tried,
 * and shown on the sign-in page (the typed username kept, the password not).
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

	/** How much of the typed username the sign-in page shows again. */
	static final int SHOWN_AGAIN = 100;

	private final SignInThrottle throttle;

	private final AuditLog auditLog;

	SignInFailureHandler(SignInThrottle throttle, AuditLog auditLog) {
		this.throttle = throttle;
		this.auditLog = auditLog;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String typed = request.getParameter("username");
		String username = typed == null || typed.isBlank() ? "-" : typed.strip().toLowerCase(Locale.ROOT);
		SignInThrottle.Verdict verdict;
		if (exception instanceof SignInThrottledException throttled) {
			verdict = throttled.verdict();
			this.auditLog.record(username, AuditAction.SIGN_IN_FAILED, "throttled");
		}
		else {
			this.auditLog.record(username, AuditAction.SIGN_IN_FAILED, reason(exception));
			this.throttle.failed(username, request.getRemoteAddr());
			verdict = this.throttle.check(username, request.getRemoteAddr());
		}
		// Shown again in the form; a username is never longer, and the session must not keep megabytes.
		String shown = (typed == null) ? "" : typed.strip();
		shown = (shown.length() > SHOWN_AGAIN) ? shown.substring(0, SHOWN_AGAIN) : shown;
		request.getSession().setAttribute(SignInProblem.ATTRIBUTE,
				new SignInProblem(verdict.kind(), verdict.retryAt(), shown));
		response.sendRedirect(request.getContextPath() + SecurityConfig.LOGIN + "?error");
	}

	private static String reason(AuthenticationException exception) {
		String name = exception.getClass().getSimpleName().replace("Exception", "");
		return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

}
