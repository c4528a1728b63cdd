package th.ita.portal.web.cache;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import th.ita.portal.agency.AgencyDirectory;
import th.ita.portal.agency.AgencyRef;
import th.ita.portal.web.DemoBanner;
import th.ita.portal.web.Language;

/**
 * What a kept page is kept under: everything its bytes depend on. That is the agency (from the
 * Host, through {@link AgencyDirectory}: in memory, no SQL), its publish generation (global and
 * the agency's, {@link PublishGeneration}: in memory too), the language,
 * whether the demo banner shows, whether the request came over HTTPS (HSTS) and the path. Requests
 * whose answer depends on more get no key and reach the application; so do requests at a host no
 * served agency answers, which get their 404 or 503 page there.
 */
@Component
class PageKeys {

	private final CachedPaths paths;

	private final DemoBanner demoBanner;

	private final AgencyDirectory agencies;

	private final PublishGeneration generation;

	PageKeys(CachedPaths paths, DemoBanner demoBanner, AgencyDirectory agencies, PublishGeneration generation) {
		this.paths = paths;
		this.demoBanner = demoBanner;
		this.agencies = agencies;
		this.generation = generation;
	}

	/**
	 * The key of a request whose answer may come from the cache, or null: only GETs (and HEADs,
	 * which get the same headers) of a kept page's path without parameters, from readers without a
	 * session cookie (a signed-in reader sees the staff bar), in a language read from the language
	 * cookie exactly as the application's resolver reads it (anything unusual is left to the
	 * application). Its generation is read now, before the page is rendered: a rendering that
	 * began before a publish of its agency is then kept under a generation no reader asks for.
	 */
	PageKey of(HttpServletRequest request) {
		// Before the agency is looked up, as ever: a key from an older directory must not carry a later generation.
		long global = this.generation.global();
		String method = request.getMethod();
		if (!("GET".equals(method) || "HEAD".equals(method)) || request.getQueryString() != null
				|| !request.getParameterMap().isEmpty()) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!this.paths.matches(path)) {
			return null;
		}
		String language = null;
		Cookie[] cookies = (request.getHeader(HttpHeaders.COOKIE) != null) ? request.getCookies() : null;
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if ("JSESSIONID".equalsIgnoreCase(cookie.getName())) {
					return null;
				}
				if (language == null && Language.COOKIE.equals(cookie.getName())) {
					language = cookie.getValue();
					if (!"th".equals(language) && !"en".equals(language)) {
						return null;
					}
				}
			}
		}
		AgencyRef agency = this.agencies.byHost(request.getServerName()).orElse(null);
		if (agency == null || !agency.enabled()) {
			return null;
		}
		return new PageKey(agency.id(), this.generation.stamp(global, agency.id()),
				((language != null) ? language : Language.THAI.getLanguage()) + "|"
						+ this.demoBanner.isPresent(agency.id()) + "|" + request.isSecure() + "|" + path);
	}

}
