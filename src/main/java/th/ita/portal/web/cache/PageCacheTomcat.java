package th.ita.portal.web.cache;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link PublicPageValve} in the embedded Tomcat, so kept pages are answered first of all. */
@Configuration(proxyBeanMethods = false)
class PageCacheTomcat {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> keptPagesFirst(ObjectProvider<PublicPageCache> cache) {
		return (factory) -> factory.addContextValves(new PublicPageValve(cache));
	}

}
