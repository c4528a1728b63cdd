package th.ita.portal.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Thai first: every visitor reads Thai until they press the language switch ({@code ?lang=en}),
 * which is remembered in a cookie, never in a session. An invalid cookie or switch reads Thai
 * ({@link Language}).
 *
 * <p>Static files are served from {@code /css} (names carry a hash of the content, so they can be
 * cached for a week) and {@code /fonts} only. Boot's catch-all mapping is off
 * ({@code spring.web.resources.add-mappings=false}): with it, every link a page builds was looked
 * up as a possible file in the jar, which was two thirds of the time to render the OIT index.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	static final Locale THAI = Language.THAI;

	/** The cookie that remembers the reader's language ({@code th} or {@code en}). */
	static final String LANGUAGE_COOKIE = Language.COOKIE;

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new Language.CookieResolver(LANGUAGE_COOKIE);
		resolver.setDefaultLocale(THAI);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl week = CacheControl.maxAge(Duration.ofDays(7));
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(week)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/fonts/**")
			.addResourceLocations("classpath:/static/fonts/")
			.setCacheControl(week)
			.resourceChain(true);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Language.Switch());
	}

}
