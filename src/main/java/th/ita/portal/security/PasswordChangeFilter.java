package th.ita.portal.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import th.ita.portal.user.CurrentStaff;
import th.ita.portal.user.StaffPrincipal;

/**
 * Sends a user who must change their password to that page from every other staff page (a platform
 * account from every other platform page to its own).
 */
class PasswordChangeFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean guarded = path.equals("/staff") || path.startsWith("/staff/") || path.equals(SecurityConfig.PLATFORM_HOME)
				|| path.startsWith(SecurityConfig.PLATFORM_HOME + "/");
		return !guarded || path.equals(SecurityConfig.CHANGE_PASSWORD) || path.equals(SecurityConfig.PLATFORM_PASSWORD);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		StaffPrincipal who = CurrentStaff.find().orElse(null);
		if (who != null && who.isMustChangePassword()) {
			response.sendRedirect(request.getContextPath() + SecurityConfig.passwordPage(who));
			return;
		}
		chain.doFilter(request, response);
	}

}
