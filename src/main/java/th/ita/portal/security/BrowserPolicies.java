package th.ita.portal.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What every answer tells the browser, in one place: a Content-Security-Policy that allows no
 * inline or foreign script, no plugins, no {@code <base>} and no framing; no type sniffing; a
 * referrer policy; and HSTS when the request came over HTTPS. Spring Security's header writers
 * and {@link BrowserPoliciesValve} both send these values.
 */
public final class BrowserPolicies {

	/** Pages, static files, exports and errors: the portal's own scripts, styles, images and fonts only. */
	public static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	/**
	 * Uploaded evidence (PDF, PNG and JPEG shown in place; Word and Excel downloaded): a sandbox with
	 * an origin of its own, and nothing it may load. Chromium's PDF viewer and image view show the
	 * file under it (checked with Chromium 156); only the image view's centring, an inline style, is
	 * dropped.
	 */
	public static final String FILE_POLICY = "sandbox; default-src 'none'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'none'";

	static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

	static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

	/** As Spring Security's HSTS writer spells it. */
	static final String HSTS = "max-age=" + HSTS_MAX_AGE.toSeconds() + " ; includeSubDomains";

	private BrowserPolicies() {
	}

	/** Sets the page policies on a response; whoever answers may replace the Content-Security-Policy. */
	static void setOn(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", PAGE_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", REFERRER_POLICY.getPolicy());
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", HSTS);
		}
	}

}
