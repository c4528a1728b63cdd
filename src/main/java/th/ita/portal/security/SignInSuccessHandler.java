package th.ita.portal.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;
import th.ita.portal.user.StaffPrincipal;

/**
 * A successful sign-in: the account's failures are forgiven, the audit log notes it, and a user
 * who must change their password is sent there first. Otherwise the user goes back to the staff
 * page that sent them to sign in, as a path on this site: Spring Security's saved request would
 * send them to an absolute address built from the Host of that earlier request, which anyone can
 * forge.
 */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	/** The parameter by which Spring Security's request cache recognises the return to a saved request. */
	static final String CONTINUE = "continue";

	private final SignInThrottle throttle;

	private final AuditLog auditLog;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	SignInSuccessHandler(SignInThrottle throttle, AuditLog auditLog) {
		this.throttle = throttle;
		this.auditLog = auditLog;
		setDefaultTargetUrl(SecurityConfig.STAFF_HOME);
		setRequestCache(this.requestCache);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		this.throttle.succeeded(authentication.getName());
		this.auditLog.record(authentication.getName(), AuditAction.SIGN_IN, null);
		if (authentication.getPrincipal() instanceof StaffPrincipal staff && staff.isMustChangePassword()) {
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, SecurityConfig.passwordPage(staff));
			return;
		}
		if (authentication.getAuthorities().stream().anyMatch(a -> "ROLE_PLATFORM_ADMIN".equals(a.getAuthority()))) {
			this.requestCache.removeRequest(request, response);
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, SecurityConfig.PLATFORM_HOME);
			return;
		}
		String back = pathBack(request, this.requestCache.getRequest(request, response));
		if (back == null) {
			this.requestCache.removeRequest(request, response);
			super.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		clearAuthenticationAttributes(request);
		getRedirectStrategy().sendRedirect(request, response, back);
	}

	/** The saved page's path and query on this site (without the context path), or null. */
	static String pathBack(HttpServletRequest request, SavedRequest saved) {
		if (!(saved instanceof DefaultSavedRequest page) || page.getRequestURI() == null) {
			return null;
		}
		String context = request.getContextPath();
		String uri = page.getRequestURI();
		if (!uri.startsWith(context + "/")) {
			return null;
		}
		String path = uri.substring(context.length());
		if (path.startsWith("//") || path.contains("\\")) {
			return null;
		}
		String query = page.getQueryString();
		return path + "?" + ((query == null || query.isEmpty()) ? "" : query + "&") + CONTINUE;
	}

}
