package th.ita.portal.web;

import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Conditional GET for public pages. A public page changes only when something is published, so
 * its validators are the time of the last publish, the reader's language, whether the demo banner
 * shows, and this run of the application (templates and framework data change only with a new
 * release). The ETag is weak: it names the page, which Tomcat may compress or not. The page cache
 * gives the pages it keeps a strong ETag per encoding made from this one, and the public report
 * downloads a strong one made from it and their bytes (both through {@link ETags}).
 */
@Component
public class PublicCaching {

	private final long startedAt = System.currentTimeMillis();

	private final DemoBanner demoBanner;

	PublicCaching(DemoBanner demoBanner) {
		this.demoBanner = demoBanner;
	}

	/**
	 * Sets {@code ETag}, {@code Last-Modified} and {@code Cache-Control: no-cache}, and answers
	 * whether the client's copy is current (the response is then already a 304).
	 */
	public boolean notModified(ServletWebRequest request, String scope, Instant lastChange) {
		String etag = etag(scope, lastChange, LocaleContextHolder.getLocale());
		HttpServletResponse response = request.getResponse();
		if (response != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			response.setHeader(HttpHeaders.VARY, "Cookie, Accept-Encoding");
		}
		return request.checkNotModified(etag, lastModified(lastChange));
	}

	/**
	 * The weak ETag of what a scope shows, given the last publish it shows: the scope, that
	 * publish, the language, whether the demo banner shows, and this run of the application.
	 */
	public String etag(String scope, Instant lastChange, Locale locale) {
		long changed = lastChange == null ? this.startedAt : lastChange.toEpochMilli();
		return ETags.weak(scope + "-" + Long.toString(changed, 36) + "-" + locale.getLanguage()
				+ (this.demoBanner.isPresent() ? "-demo-" : "-") + Long.toString(this.startedAt, 36));
	}

	/** The Last-Modified of what shows a publish: that publish, or the start of this run if later (or none). */
	public long lastModified(Instant lastChange) {
		return (lastChange == null) ? this.startedAt : Math.max(lastChange.toEpochMilli(), this.startedAt);
	}

}
