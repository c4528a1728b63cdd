package th.ita.portal.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a sign-in attempt while its account or address must wait; see {@link SignInThrottle}. */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	private final SignInFailureHandler failureHandler;

	SignInThrottleFilter(SignInThrottle throttle, SignInFailureHandler failureHandler) {
		this.throttle = throttle;
		this.failureHandler = failureHandler;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& SecurityConfig.LOGIN.equals(request.getServletPath() + nullToEmpty(request.getPathInfo())));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SignInThrottle.Verdict verdict = this.throttle.check(request.getParameter("username"),
				request.getRemoteAddr());
		if (!verdict.allowed()) {
			this.failureHandler.onAuthenticationFailure(request, response, new SignInThrottledException(verdict));
			return;
		}
		chain.doFilter(request, response);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
