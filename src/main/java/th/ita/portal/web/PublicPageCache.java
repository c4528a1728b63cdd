package th.ita.portal.web;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import th.ita.portal.report.ReportPublished;
import th.ita.portal.user.DemoAccounts;

/**
 * Keeps the rendered bytes of the public pages, so that readers of unchanged content cost no SQL,
 * no rendering and no trip through the security filters. Public pages change only when something
 * is published: every publish, once committed, starts a new generation ({@link ReportPublished}),
 * and an entry is only served for the generation it was rendered in, so a publish shows on the
 * very next request.
 *
 * <p>It runs first of all the filters (before the metrics, the request context and Spring Security)
 * and replays every header of the first rendering, the security headers included. Only GETs of public pages without parameters from readers without
 * a session cookie are cached (a signed-in reader sees the staff bar); the key is the path, the
 * language, whether the demo banner shows and whether the request came over HTTPS (HSTS). One
 * process only: with several instances behind one address, each learns of the publishes it
 * commits itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class PublicPageCache extends OncePerRequestFilter {

	static final Pattern PUBLIC_PAGE = Pattern.compile("/|/ita/\\d{4}(/oit(/o\\d{1,3})?|/measures)?");

	static final int MAX_ENTRIES = 2_000;

	/** Headers that belong to one response, not to the page. */
	static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
			"content-type", "etag", "last-modified");

	private final Map<String, Page> pages = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private final LocaleResolver locales;

	private final DemoAccounts demoAccounts;

	PublicPageCache(LocaleResolver locales, DemoAccounts demoAccounts) {
		this.locales = locales;
		this.demoAccounts = demoAccounts;
	}

	/** A publish committed: what the public sees has changed. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void published(ReportPublished event) {
		clear();
	}

	/** Forgets every page; the next reader of each gets it rendered afresh. */
	public void clear() {
		this.generation.incrementAndGet();
		this.pages.clear();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!cacheable(request)) {
			chain.doFilter(request, response);
			return;
		}
		long generationBefore = this.generation.get();
		String key = key(request, generationBefore);
		Page page = this.pages.get(key);
		if (page != null) {
			page.send(request, response);
			return;
		}
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capture);
		Page rendered = Page.of(capture);
		if (rendered != null && this.generation.get() == generationBefore) {
			if (this.pages.size() >= MAX_ENTRIES) {
				this.pages.clear();
			}
			this.pages.put(key, rendered);
		}
		capture.copyBodyToResponse();
	}

	private static boolean cacheable(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getQueryString() != null
				|| !request.getParameterMap().isEmpty()
				|| !PUBLIC_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if ("JSESSIONID".equalsIgnoreCase(cookie.getName())) {
					return false;
				}
			}
		}
		return true;
	}

	private String key(HttpServletRequest request, long generation) {
		Locale locale = this.locales.resolveLocale(request);
		return generation + "|" + locale.getLanguage() + "|" + this.demoAccounts.isPresent() + "|"
				+ request.isSecure() + "|" + request.getRequestURI();
	}

	/** One rendered page and the headers that came with it. */
	record Page(byte[] body, String contentType, String etag, long lastModified, Map<String, String> headers) {

		static Page of(ContentCachingResponseWrapper response) {
			if (response.getStatus() != HttpServletResponse.SC_OK || response.containsHeader(HttpHeaders.SET_COOKIE)
					|| response.getHeader(HttpHeaders.ETAG) == null || response.getContentType() == null
					|| !response.getContentType().startsWith("text/html")) {
				return null;
			}
			Map<String, String> headers = new LinkedHashMap<>();
			for (String name : response.getHeaderNames()) {
				if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
					headers.put(name, String.join(", ", response.getHeaders(name)));
				}
			}
			String modified = response.getHeader(HttpHeaders.LAST_MODIFIED);
			long lastModified = (modified == null) ? -1
					: ZonedDateTime.parse(modified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
			return new Page(response.getContentAsByteArray(), response.getContentType(),
					response.getHeader(HttpHeaders.ETAG), lastModified, Map.copyOf(headers));
		}

		void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
			this.headers.forEach(response::setHeader);
			if (new ServletWebRequest(request, response).checkNotModified(this.etag, this.lastModified)) {
				return;
			}
			response.setContentType(this.contentType);
			response.setContentLength(this.body.length);
			response.setBufferSize(this.body.length);
			response.getOutputStream().write(this.body);
		}

	}

}
