package th.ita.portal.web;

import org.apache.coyote.http11.Http11Nio2Protocol;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The embedded Tomcat, set up for the public pages: a whole page leaves in one write to the
 * connection, and connections are served by Tomcat's NIO2 connector, which spent about 15 % less
 * processor time per cached page than the default NIO one in bench/pages.sh (fewer hand-overs
 * between its threads). Forwarded
 * headers count only from the proxies named in {@code ita.trusted-proxies} ({@link TrustedProxyValve},
 * first of all valves; Boot's own proxy valve is off: {@code server.forward-headers-strategy=none}).
 * Kept pages are answered by the page cache's own valve ({@code web.cache.PageCacheTomcat}).
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfig {

	/**
	 * Bytes Tomcat gathers before it writes to a connection. Its default (8 KB) cut the 27 KB OIT
	 * index into four writes, and that alone kept throughput at half of what it is with the page
	 * in one write (bench/pages.sh). 32 KB holds every public page of the demo year with its
	 * headers; each open connection keeps one such buffer.
	 */
	static final int WRITE_BUFFER_BYTES = 32 * 1024;

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> publicPagesFast() {
		return (factory) -> {
			factory.setProtocol(Http11Nio2Protocol.class.getName());
			factory.addConnectorCustomizers((connector) -> {
				if (!connector.setProperty("socket.appWriteBufSize", Integer.toString(WRITE_BUFFER_BYTES))) {
					throw new IllegalStateException("Tomcat did not take socket.appWriteBufSize");
				}
			});
		};
	}

	/**
	 * Puts {@link TrustedProxyValve} at the very front of Tomcat's engine, ahead of the valve that
	 * writes the browser policies (HSTS follows the original scheme) and the page cache's.
	 */
	@Bean
	static WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxiesFirst(
			@Value("${ita.trusted-proxies:}") String trustedProxies) {
		TrustedProxies proxies = TrustedProxies.parse(trustedProxies);
		return new FirstCustomizer((factory) -> factory.addEngineValves(new TrustedProxyValve(proxies)));
	}

	private record FirstCustomizer(WebServerFactoryCustomizer<TomcatServletWebServerFactory> customizer)
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			this.customizer.customize(factory);
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

}
