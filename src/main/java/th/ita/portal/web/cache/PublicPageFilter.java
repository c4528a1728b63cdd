package th.ita.portal.web.cache;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Renders the public pages the cache misses, and keeps them. It runs first of all filters (before
 * the metrics, the request context and Spring Security), so what it answers costs nothing of them;
 * it also answers the hits {@link PublicPageValve} did not (where there is no Tomcat, as under
 * MockMvc, or a page kept after the valve looked). A missing page is rendered once however many
 * readers ask for it at that moment ({@link SingleFlight}), and kept with every header of that
 * rendering, the security headers included. The first reader gets the page as every later one will, gzip included, so it is
 * compressed once and not again by Tomcat. The key carries the generation of the page's agency as
 * it was before the rendering began, so a rendering overtaken by a publish of that agency is not
 * kept ({@link PublicPageCache#keep}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class PublicPageFilter extends OncePerRequestFilter {

	/** How long a reader waits for another request's rendering of the same page before rendering it too. */
	static final Duration RENDER_WAIT = Duration.ofSeconds(5);

	private final PublicPageCache cache;

	/** A failed rendering was its reader's own answer: a waiter then renders for itself. */
	private final SingleFlight<PageKey, Page> flights = new SingleFlight<>(RENDER_WAIT, false);

	PublicPageFilter(PublicPageCache cache) {
		this.cache = cache;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PageKey key = this.cache.key(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		Page page = this.cache.get(key);
		if (page == null && !"GET".equals(request.getMethod())) {
			// A HEAD gets a kept page's headers, but only a GET's rendering is kept.
			chain.doFilter(request, response);
			return;
		}
		if (page == null) {
			page = renderOnce(request, response, chain, key);
		}
		if (page != null) {
			page.send(request, response);
		}
	}

	private Page renderOnce(HttpServletRequest request, HttpServletResponse response, FilterChain chain, PageKey key)
			throws ServletException, IOException {
		try {
			return this.flights.run(key, () -> render(request, response, chain, key));
		}
		catch (ServletException | IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			// The work throws nothing else; Java cannot name "ServletException or IOException" as one type.
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Renders the page through the rest of the chain. A page that may be kept is returned unsent,
	 * to be sent as kept; anything else (a 304, an error, a page setting a cookie) goes to the
	 * reader as rendered, and null is returned.
	 */
	private Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, PageKey key)
			throws ServletException, IOException {
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capture);
		Page rendered = Page.of(capture);
		if (rendered == null) {
			capture.copyBodyToResponse();
			return null;
		}
		this.cache.keep(key, rendered);
		return rendered;
	}

}
