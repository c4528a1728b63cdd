package th.ita.portal.web;

import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

import th.ita.portal.agency.CurrentAgency;

/**
 * Conditional GET for public pages. A public page changes only when something is published, so
 * its validators are the agency, the time of the last publish, the reader's language, whether the
 * demo banner shows, and the release (templates and framework data change only with a new release).
 * All of it comes from the data and the build, never from the process, so every instance behind the
 * balancer gives the same ETag and Last-Modified for the same page. The ETag is weak: it names the
 * page, which Tomcat may compress or not. The page cache
 * gives the pages it keeps a strong ETag per encoding made from this one, and the public report
 * downloads a strong one made from it and their bytes (both through {@link ETags}).
 */
@Component
public class PublicCaching {

	private final DemoBanner demoBanner;

	private final CurrentAgency agency;

	private final String release;

	private final long releasedAt;

	PublicCaching(DemoBanner demoBanner, CurrentAgency agency, Release release) {
		this.demoBanner = demoBanner;
		this.agency = agency;
		this.release = release.tag();
		this.releasedAt = release.builtAt();
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
	 * The weak ETag of what a scope shows, given the last publish it shows: the request's agency,
	 * the scope, that publish, the language, whether the demo banner shows, and the release. Two
	 * agencies' pages never share a validator.
	 */
	public String etag(String scope, Instant lastChange, Locale locale) {
		long changed = lastChange == null ? 0 : lastChange.toEpochMilli();
		long agencyId = this.agency.id();
		return ETags.weak("a" + agencyId + "-" + scope + "-" + Long.toString(changed, 36) + "-" + locale.getLanguage()
				+ (this.demoBanner.isPresent(agencyId) ? "-demo-" : "-") + this.release);
	}

	/**
	 * The Last-Modified of what shows a publish: that publish, or the release's time if later (a new
	 * release may render the same data differently); the release's time when nothing was published.
	 */
	public long lastModified(Instant lastChange) {
		long released = this.releasedAt;
		return (lastChange == null) ? released : Math.max(lastChange.toEpochMilli(), released);
	}

}
