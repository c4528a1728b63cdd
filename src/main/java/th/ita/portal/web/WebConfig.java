package th.ita.portal.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Thai first: every visitor reads Thai until they press the language switch ({@code ?lang=en}),
 * which is remembered in a cookie, never in a session.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	static final Locale THAI = Locale.forLanguageTag("th");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocaleResolver("ita-lang");
		resolver.setDefaultLocale(THAI);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** Accepts only the languages the portal has messages for; anything else reads Thai. */
	static final class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver(String cookieName) {
			super(cookieName);
		}

		@Override
		public void setLocale(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response, Locale locale) {
			super.setLocale(request, response, supported(locale));
		}

		@Override
		public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
			return supported(super.resolveLocale(request));
		}

		static Locale supported(Locale locale) {
			return (locale != null && "en".equals(locale.getLanguage())) ? Locale.ENGLISH : THAI;
		}

	}

}
