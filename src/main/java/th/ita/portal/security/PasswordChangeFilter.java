package th.ita.portal.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import th.ita.portal.user.CurrentStaff;
import th.ita.portal.user.StaffPrincipal;

/** Sends a user who must change their password to that page from every other staff page. */
class PasswordChangeFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/staff") || path.startsWith("/staff/")) || path.equals(SecurityConfig.CHANGE_PASSWORD);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (CurrentStaff.find().map(StaffPrincipal::isMustChangePassword).orElse(false)) {
			response.sendRedirect(request.getContextPath() + SecurityConfig.CHANGE_PASSWORD);
			return;
		}
		chain.doFilter(request, response);
	}

}
