package th.ita.portal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Response;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.MimeHeaders;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import th.ita.portal.framework.ItemCodes;
import th.ita.portal.report.ReportPublished;
import th.ita.portal.user.DemoAccounts;

/**
 * Keeps the rendered bytes of the public pages, so that readers of unchanged content cost no SQL,
 * no rendering and no trip through the security filters. Public pages change only when something
 * is published: every publish, once committed, starts a new generation ({@link ReportPublished}),
 * and an entry is only served for the generation it was rendered in, so a publish shows on the
 * very next request.
 *
 * <p>As a filter it runs first of all (before the metrics, the request context and Spring
 * Security): it renders a missing page once, however many readers ask for it at that moment, and
 * keeps it with a gzip copy and every header of that rendering, the security headers included.
 * Hits are sent earlier still, by {@link PublicPageValve} inside Tomcat. Only GETs of public pages
 * without parameters from readers without a session cookie are cached (a signed-in reader sees
 * the staff bar); the key is the path, the language, whether the demo banner shows and whether the
 * request came over HTTPS (HSTS). One process only: with several instances behind one address,
 * each learns of the publishes it commits itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class PublicPageCache extends OncePerRequestFilter {

	static final Pattern PUBLIC_PAGE = Pattern.compile("/|/ita/\\d{4}(/oit(/" + ItemCodes.CODE + ")?|/measures)?");

	static final int MAX_ENTRIES = 2_000;

	/** How long a reader waits for another request's rendering of the same page before rendering it too. */
	static final int RENDER_WAIT_SECONDS = 5;

	private static final Pattern ZERO_QUALITY = Pattern.compile("0(\\.0{0,3})?");

	/** Headers that belong to one response, not to the page. */
	static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
			"content-type", "etag", "last-modified");

	private final Map<String, Page> pages = new ConcurrentHashMap<>();

	private final Map<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private final DemoAccounts demoAccounts;

	PublicPageCache(DemoAccounts demoAccounts) {
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
		long generationBefore = this.generation.get();
		String key = key(request, generationBefore);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		Page page = this.pages.get(key);
		if (page != null) {
			page.send(request, response);
			return;
		}
		if (!"GET".equals(request.getMethod())) {
			// A HEAD gets a kept page's headers, but only a GET's rendering is kept.
			chain.doFilter(request, response);
			return;
		}
		CompletableFuture<Page> mine = new CompletableFuture<>();
		CompletableFuture<Page> theirs = this.rendering.putIfAbsent(key, mine);
		if (theirs != null) {
			// Right after a publish many readers miss at once: one renders, the others wait for it.
			Page rendered = awaitRendering(theirs);
			if (rendered != null) {
				rendered.send(request, response);
			}
			else {
				render(request, response, chain, key, generationBefore);
			}
			return;
		}
		Page rendered = null;
		try {
			rendered = render(request, response, chain, key, generationBefore);
		}
		finally {
			this.rendering.remove(key, mine);
			mine.complete(rendered);
		}
	}

	private Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
			long generationBefore) throws ServletException, IOException {
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capture);
		Page rendered = Page.of(capture);
		if (rendered != null && this.generation.get() == generationBefore) {
			if (this.pages.size() >= MAX_ENTRIES) {
				this.pages.clear();
			}
			this.pages.put(key, rendered);
		}
		if (rendered != null) {
			// The first reader gets the page as every later one will, gzip included, so it is
			// compressed once and not again by Tomcat.
			rendered.send(request, response);
		}
		else {
			capture.copyBodyToResponse();
		}
		return rendered;
	}

	/**
	 * The page another request of the same generation is rendering, or null when it could not be
	 * kept (a 304, an error) or took too long; the waiting request then renders it itself.
	 */
	private static Page awaitRendering(CompletableFuture<Page> rendering) {
		try {
			return rendering.get(RENDER_WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	/**
	 * Sends the page from the cache when it holds the current rendering of it; {@link PublicPageValve}
	 * calls this before the request reaches the servlet filters at all.
	 * @return whether the response was sent
	 */
	boolean sendIfCached(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String key = key(request, this.generation.get());
		Page page = (key != null) ? this.pages.get(key) : null;
		if (page == null) {
			return false;
		}
		page.send(request, response);
		return true;
	}

	/**
	 * The key of a request whose answer may come from the cache, or null: only GETs (and HEADs, which
	 * get the same headers) of public pages without parameters, from readers without a session cookie, in a language read from the
	 * language cookie exactly as {@link WebConfig}'s resolver reads it (anything unusual is left to
	 * the application).
	 */
	private String key(HttpServletRequest request, long generation) {
		String method = request.getMethod();
		if (!("GET".equals(method) || "HEAD".equals(method)) || request.getQueryString() != null
				|| !request.getParameterMap().isEmpty()) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!PUBLIC_PAGE.matcher(path).matches()) {
			return null;
		}
		String language = null;
		Cookie[] cookies = (request.getHeader(HttpHeaders.COOKIE) != null) ? request.getCookies() : null;
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if ("JSESSIONID".equalsIgnoreCase(cookie.getName())) {
					return null;
				}
				if (language == null && WebConfig.LANGUAGE_COOKIE.equals(cookie.getName())) {
					language = cookie.getValue();
					if (!"th".equals(language) && !"en".equals(language)) {
						return null;
					}
				}
			}
		}
		return generation + "|" + ((language != null) ? language : WebConfig.THAI.getLanguage()) + "|"
				+ this.demoAccounts.isPresent() + "|" + request.isSecure() + "|" + path;
	}

	/** One rendered page, compressed once for the readers who accept gzip, and the headers that came with it. */
	record Page(byte[] body, byte[] gzipped, String contentType, Locale language, Header etag, Header gzipEtag,
			long lastModified, List<Header> headers) {

		static Page of(ContentCachingResponseWrapper response) throws IOException {
			if (response.getStatus() != HttpServletResponse.SC_OK || response.containsHeader(HttpHeaders.SET_COOKIE)
					|| response.getHeader(HttpHeaders.ETAG) == null || response.getContentType() == null
					|| !response.getContentType().startsWith("text/html")) {
				return null;
			}
			Map<String, Header> headers = new LinkedHashMap<>();
			for (String name : response.getHeaderNames()) {
				if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
					headers.put(name, new Header(name, String.join(", ", response.getHeaders(name))));
				}
			}
			String modified = response.getHeader(HttpHeaders.LAST_MODIFIED);
			long lastModified = (modified == null) ? -1
					: ZonedDateTime.parse(modified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
			byte[] body = response.getContentAsByteArray();
			String etag = strong(response.getHeader(HttpHeaders.ETAG));
			// Content-Language is not among the headers: Tomcat writes it from the response's locale.
			return new Page(body, gzip(body), response.getContentType(), response.getLocale(),
					new Header(HttpHeaders.ETAG, etag),
					new Header(HttpHeaders.ETAG, etag.substring(0, etag.length() - 1) + "-gzip\""), lastModified,
					List.copyOf(headers.values()));
		}

		/**
		 * The application's (weak) ETag made strong. A kept page is these exact bytes until the
		 * next publish (everything else its bytes depend on, language and demo banner, is in both
		 * the key and the ETag), so it may have a strong validator, one for each encoding (the gzip
		 * copy is another representation, as RFC 9110 8.8.3 asks). If-None-Match compares weakly,
		 * so the plain copy still answers 304 to the application's weak ETag; a gzip reader holding
		 * that one gets the page once more. Tomcat's own compression leaves a response with a
		 * strong ETag alone (unless the client asks for {@code TE: gzip}) before it parses and
		 * rewrites {@code Vary}, which was about 6 % of the processor time of a cache hit
		 * (async-profiler).
		 */
		static String strong(String etag) {
			String tag = etag.startsWith("W/") ? etag.substring(2) : etag;
			return (tag.length() > 1 && tag.startsWith("\"") && tag.endsWith("\"")) ? tag : "\"" + tag + "\"";
		}

		void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
			boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
			Header etag = gzip ? this.gzipEtag : this.etag;
			MimeHeaders table = (response instanceof Response tomcat) ? tomcat.getCoyoteResponse().getMimeHeaders()
					: null;
			for (Header header : this.headers) {
				header.set(response, table);
			}
			// Set even when the application set its weak ETag on this response (its first rendering).
			etag.set(response, table);
			if (this.lastModified >= 0) {
				response.setDateHeader(HttpHeaders.LAST_MODIFIED, this.lastModified);
			}
			if (conditional(request)
					&& new ServletWebRequest(request, response).checkNotModified(etag.value(), this.lastModified)) {
				return;
			}
			response.setContentType(this.contentType);
			response.setLocale(this.language);
			byte[] bytes = this.body;
			if (gzip) {
				// Set before the body, so Tomcat's own compression leaves the response alone.
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				bytes = this.gzipped;
			}
			response.setContentLength(bytes.length);
			// One write larger than the response buffer goes straight to the connection, uncopied.
			response.getOutputStream().write(bytes);
		}

		private static boolean conditional(HttpServletRequest request) {
			return request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
					|| request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null
					|| request.getHeader(HttpHeaders.IF_MATCH) != null
					|| request.getHeader(HttpHeaders.IF_UNMODIFIED_SINCE) != null;
		}

		private static byte[] gzip(byte[] body) throws IOException {
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
			try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
				{
					this.def.setLevel(Deflater.BEST_COMPRESSION);
				}
			}) {
				gzip.write(body);
			}
			return out.toByteArray();
		}

	}

	/**
	 * A header of a kept page, with the bytes Tomcat writes for it. {@link PublicPageValve} hands
	 * Tomcat's own response to {@link Page#send}, and there the header goes into Tomcat's header
	 * table as these bytes: Tomcat then writes them as they are instead of encoding the name and
	 * value again for every reader, which was about 7 % of the processor time of a cache hit (JFR).
	 */
	record Header(String name, String value, byte[] nameBytes, byte[] valueBytes) {

		Header(String name, String value) {
			this(name, value, name.getBytes(StandardCharsets.ISO_8859_1), value.getBytes(StandardCharsets.ISO_8859_1));
		}

		/**
		 * Like {@code setHeader}: replaces a header of that name set earlier (by
		 * {@code BrowserPoliciesValve}); as bytes when Tomcat's header table is at hand.
		 */
		void set(HttpServletResponse response, MimeHeaders table) {
			if (table == null) {
				response.setHeader(this.name, this.value);
				return;
			}
			MessageBytes existing = table.getValue(this.name);
			MessageBytes slot = (existing != null) ? existing
					: table.addValue(this.nameBytes, 0, this.nameBytes.length);
			slot.setBytes(this.valueBytes, 0, this.valueBytes.length);
		}

	}

	/**
	 * Whether an {@code Accept-Encoding} header accepts gzip: {@code gzip} or {@code x-gzip} named
	 * with a quality above zero, or else {@code *} above zero.
	 */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		Boolean gzip = null;
		boolean any = false;
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.split(";");
			String name = parts[0].trim();
			boolean accepted = true;
			for (int i = 1; i < parts.length; i++) {
				String parameter = parts[i].replace(" ", "").toLowerCase(Locale.ROOT);
				if (parameter.startsWith("q=")) {
					accepted = !ZERO_QUALITY.matcher(parameter.substring(2)).matches();
				}
			}
			if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
				gzip = (gzip == null) ? accepted : (gzip || accepted);
			}
			else if (name.equals("*")) {
				any = accepted;
			}
		}
		return (gzip != null) ? gzip : any;
	}

}
