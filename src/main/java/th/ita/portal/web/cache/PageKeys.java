package th.ita.portal.web.cache;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import th.ita.portal.web.DemoBanner;
import th.ita.portal.web.Language;

/**
 * What a kept page is kept under: everything its bytes depend on. That is the publish generation,
 * the language, whether the demo banner shows, whether the request came over HTTPS (HSTS) and the
 * path. Requests whose answer depends on more get no key and reach the application.
 */
@Component
class PageKeys {

	private final CachedPaths paths;

	private final DemoBanner demoBanner;

	PageKeys(CachedPaths paths, DemoBanner demoBanner) {
		this.paths = paths;
		this.demoBanner = demoBanner;
	}

	/**
	 * The key of a request whose answer may come from the cache, or null: only GETs (and HEADs,
	 * which get the same headers) of a kept page's path without parameters, from readers without a
	 * session cookie (a signed-in reader sees the staff bar), in a language read from the language
	 * cookie exactly as the application's resolver reads it (anything unusual is left to the
	 * application).
	 */
	String of(HttpServletRequest request, long generation) {
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
		return generation + "|" + ((language != null) ? language : Language.THAI.getLanguage()) + "|"
				+ this.demoBanner.isPresent() + "|" + request.isSecure() + "|" + path;
	}

}
