package th.ita.portal.web;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The two languages of the portal, as the language cookie and the language switch name them:
 * {@code th} or {@code en}, optionally with a region ({@code en-GB}, {@code th_TH}), in any case.
 * Anything else (a path, markup, NUL, thousands of characters) is no language: it is ignored and
 * the page reads Thai, never fails.
 */
public final class Language {

	public static final Locale THAI = Locale.forLanguageTag("th");

	/** The cookie that remembers the reader's language; the page cache reads it as the resolver does. */
	public static final String COOKIE = "ita-lang";

	private static final Pattern NAME = Pattern.compile("(th|en)([-_][a-z]{2})?", Pattern.CASE_INSENSITIVE);

	private Language() {
	}

	/** Thai or English for a valid name, else null. */
	static Locale of(String name) {
		if (name == null || name.length() > 5 || !NAME.matcher(name).matches()) {
			return null;
		}
		return name.regionMatches(true, 0, "en", 0, 2) ? Locale.ENGLISH : THAI;
	}

	/** Thai for everything but English. */
	static Locale supported(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? Locale.ENGLISH : THAI;
	}

	/** Reads and writes the language cookie; an invalid cookie reads as no cookie (Thai). */
	static final class CookieResolver extends CookieLocaleResolver {

		CookieResolver(String cookieName) {
			super(cookieName);
			setRejectInvalidCookies(false);
		}

		@Override
		protected Locale parseLocaleValue(String value) {
			Locale language = of(value);
			if (language == null) {
				throw new IllegalArgumentException("not a language of the portal");
			}
			return language;
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			super.setLocale(request, response, supported(locale));
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return supported(super.resolveLocale(request));
		}

	}

	/**
	 * The language switch, {@code ?lang=en}: a valid language is remembered in the cookie; anything
	 * else is ignored and writes nothing, as are parameters Tomcat could not read (their request is
	 * answered with a 400 page, which must still render).
	 */
	static final class Switch implements HandlerInterceptor {

		static final String PARAMETER = "lang";

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String name;
			try {
				name = request.getParameter(PARAMETER);
			}
			catch (IllegalStateException | MultipartException unreadable) {
				return true;
			}
			Locale language = of(name);
			LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
			if (language != null && resolver != null) {
				resolver.setLocale(request, response, language);
			}
			return true;
		}

	}

}
