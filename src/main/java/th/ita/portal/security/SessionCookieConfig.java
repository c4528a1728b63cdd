package th.ita.portal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The staff session's cookie, written by Spring Session: {@code JSESSIONID}, HttpOnly,
 * SameSite=Lax, for the whole site, Secure when the request came over HTTPS (directly or through a
 * trusted proxy). Declared here rather than left to {@code server.servlet.session.cookie.*}, which
 * Spring Boot applies only where it runs a web server, so that every environment, tests included,
 * gets the same cookie.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfig {

	static final String NAME = "JSESSIONID";

	@Bean
	CookieSerializer sessionCookie() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(NAME);
		cookie.setCookiePath("/");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		return cookie;
	}

}
