package th.ita.portal.agency;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Finds the request's agency from its Host, once, before every other filter (the trusted-proxy
 * valve has already applied a trusted proxy's X-Forwarded-Host). A host no agency claims gets the
 * 404 page, which names no agency; a disabled agency's host gets a 503 page saying the site is
 * closed. Neither reaches the application. The stylesheets, fonts and the health check answer at
 * any host, so that those pages are styled and a load balancer can ask by address. A host no agency
 * claims also answers sign-in, sign-out and {@code /platform}: the platform operator's, so that a
 * fresh install with no agency yet can be set up (only platform accounts sign in there).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AgencyFilter extends OncePerRequestFilter {

	/**
	 * A request attribute the error pages read: {@code unknown}, {@code none} (the portal has no
	 * agency yet) or {@code disabled}.
	 */
	public static final String PROBLEM = "agencyProblem";

	private final CurrentAgency current;

	private final AgencyDirectory directory;

	AgencyFilter(CurrentAgency current, AgencyDirectory directory) {
		this.current = current;
		this.directory = directory;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/fonts/") || path.equals("/actuator/health");
	}

	/** The paths of no agency: sign-in and sign-out, and the platform operator's pages. */
	static boolean platformPath(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/login") || path.equals("/logout") || path.equals("/platform")
				|| path.startsWith("/platform/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		AgencyRef agency = this.current.resolve(request);
		if (agency == null && !platformPath(request)) {
			request.setAttribute(PROBLEM, this.directory.isEmpty() ? "none" : "unknown");
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		if (agency != null && !agency.enabled()) {
			request.setAttribute(PROBLEM, "disabled");
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		chain.doFilter(request, response);
	}

}
