package th.ita.portal.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests answered with the portal's 4xx page before anything of the application reads them:
 * one whose parameters cannot be read (a multipart body without its boundary or cut short, a body
 * or query that is not URL-encoding, too many parameters) gets 400, and the error page asked for
 * directly ({@code /error}, any method) is not found. Without these, the first reader of a
 * parameter (the CSRF filter, Spring MVC's multipart handling) failed with a 500. Parameters that
 * can be read reach the application without control characters ({@link ControlCharacterFreeRequest}).
 */
@Configuration(proxyBeanMethods = false)
class RequestGuards {

	/** After the evidence upload's size check (-102, which wants to see an oversize upload first), before Spring Security (-100). */
	static final int UNREADABLE_PARAMETERS_ORDER = -101;

	@Bean
	FilterRegistrationBean<UnreadableParameters> unreadableParameters() {
		FilterRegistrationBean<UnreadableParameters> registration = new FilterRegistrationBean<>(
				new UnreadableParameters());
		registration.setOrder(UNREADABLE_PARAMETERS_ORDER);
		return registration;
	}

	/** Wraps every filter, so that a database or file store out of reach gets the 503 page, not a 500. */
	@Bean
	FilterRegistrationBean<UnavailableFilter> unavailable() {
		FilterRegistrationBean<UnavailableFilter> registration = new FilterRegistrationBean<>(new UnavailableFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ErrorPageAskedFor> errorPageAskedFor(@Value("${spring.web.error.path:/error}") String path) {
		FilterRegistrationBean<ErrorPageAskedFor> registration = new FilterRegistrationBean<>(new ErrorPageAskedFor(path));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * Reads the parameters (and a multipart body's parts) once, first; if Tomcat cannot, the request
	 * gets 400, or 413 when it is too large.
	 */
	static final class UnreadableParameters extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				request.getParameterMap();
				String type = request.getContentType();
				if ("POST".equals(request.getMethod()) && type != null
						&& type.regionMatches(true, 0, "multipart/", 0, "multipart/".length())) {
					// Once the parts failed, Tomcat's parameters no longer say so; the parts still do.
					request.getParts();
				}
			}
			catch (IllegalStateException | IOException | ServletException unreadable) {
				response.sendError(status(unreadable));
				return;
			}
			chain.doFilter(ControlCharacterFreeRequest.of(request), response);
		}

		private static int status(Exception unreadable) {
			for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
				if (cause instanceof InvalidParameterException invalid && invalid.getErrorCode() >= 400
						&& invalid.getErrorCode() < 500) {
					return invalid.getErrorCode();
				}
				if (cause.getClass().getSimpleName().contains("SizeLimitExceeded")
						|| cause.getClass().getSimpleName().contains("SizeException")) {
					return HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
				}
			}
			return HttpServletResponse.SC_BAD_REQUEST;
		}

	}

	/**
	 * The error page exists only for Tomcat's error dispatches; asked for directly it knew no status
	 * and answered 500. (A filter sees only requests, not error dispatches, by default.)
	 */
	static final class ErrorPageAskedFor extends OncePerRequestFilter {

		private final String path;

		ErrorPageAskedFor(String path) {
			this.path = path;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String pathInfo = request.getPathInfo();
			return !this.path.equals(request.getServletPath() + ((pathInfo != null) ? pathInfo : ""));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws IOException {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}

	}

}
