package th.ita.portal.web.cache;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.MimeHeaders;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

import th.ita.portal.web.ETags;

/**
 * One rendered page as kept: its bytes, a gzip copy compressed once, and every header of its
 * rendering (the security headers included), so that a reader from the cache gets what the
 * application would have sent.
 *
 * <p>Its validators are strong, one per encoding ({@link ETags}): a kept page is these exact
 * bytes until the next publish (everything else its bytes depend on, language and demo banner, is
 * in both the key and the ETag). If-None-Match compares weakly, so the plain copy still answers
 * 304 to the application's weak ETag; a gzip reader holding that one gets the page once more.
 * Tomcat's own compression leaves a response with a strong ETag alone (unless the client asks for
 * {@code TE: gzip}) before it parses and rewrites {@code Vary}, which was about 6 % of the
 * processor time of a cache hit (async-profiler).
 */
record Page(byte[] body, byte[] gzipped, String contentType, Locale language, HeaderBytes etag,
		HeaderBytes gzipEtag, long lastModified, List<HeaderBytes> headers) {

	/** Bytes counted for a kept page's objects besides its arrays and strings (see {@link #weight}). */
	static final int OVERHEAD = 512;

	/** Headers that belong to one response, not to the page. */
	static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
			"content-type", "etag", "last-modified");

	/**
	 * The page of a rendering, or null when it may not be kept: anything but a 200 HTML page with
	 * the application's ETag, or one that sets a cookie (it belongs to that reader).
	 */
	static Page of(ContentCachingResponseWrapper response) {
		if (response.getStatus() != HttpServletResponse.SC_OK || response.containsHeader(HttpHeaders.SET_COOKIE)
				|| response.getHeader(HttpHeaders.ETAG) == null || response.getContentType() == null
				|| !response.getContentType().startsWith("text/html")) {
			return null;
		}
		Map<String, HeaderBytes> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, new HeaderBytes(name, String.join(", ", response.getHeaders(name))));
			}
		}
		String modified = response.getHeader(HttpHeaders.LAST_MODIFIED);
		long lastModified = (modified == null) ? -1
				: ZonedDateTime.parse(modified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
		byte[] body = response.getContentAsByteArray();
		String etag = ETags.strong(response.getHeader(HttpHeaders.ETAG));
		// Content-Language is not among the headers: Tomcat writes it from the response's locale.
		return new Page(body, Gzip.compress(body), response.getContentType(), response.getLocale(),
				new HeaderBytes(HttpHeaders.ETAG, etag), new HeaderBytes(HttpHeaders.ETAG, ETags.encoded(etag, "gzip")),
				lastModified, List.copyOf(headers.values()));
	}

	/**
	 * What keeping this page under a key costs in memory, in bytes: its body, its gzip copy, the
	 * bytes of its headers and validators (kept as text and as bytes), the key's characters, and
	 * {@value #OVERHEAD} bytes for the objects that hold them. An estimate of the heap it takes,
	 * close enough for a bound: the bodies are nearly all of it.
	 */
	int weight(String key) {
		long bytes = OVERHEAD + this.body.length + this.gzipped.length + 2L * key.length()
				+ this.contentType.length() * 2L + this.etag.weight() + this.gzipEtag.weight();
		for (HeaderBytes header : this.headers) {
			bytes += header.weight();
		}
		return (int) Math.min(Integer.MAX_VALUE, bytes);
	}

	/** Answers with the page, in gzip when the reader accepts it, or with a 304 when its copy is current. */
	void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean gzip = Gzip.accepts(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		HeaderBytes etag = gzip ? this.gzipEtag : this.etag;
		MimeHeaders table = HeaderBytes.tableOf(response);
		for (HeaderBytes header : this.headers) {
			header.set(response, table);
		}
		// Set even when the application set its weak ETag on this response (its first rendering).
		etag.set(response, table);
		if (this.lastModified >= 0) {
			response.setDateHeader(HttpHeaders.LAST_MODIFIED, this.lastModified);
		}
		if (ConditionalGet.notModified(request, response, etag.value(), this.lastModified)) {
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

}
