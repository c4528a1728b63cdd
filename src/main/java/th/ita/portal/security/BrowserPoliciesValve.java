package th.ita.portal.security;

import java.io.IOException;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Sets the {@link BrowserPolicies} on every response before Tomcat hands the request on. Spring
 * Security writes them too, but some answers never pass through it: addresses Tomcat refuses
 * itself (an encoded slash, a TRACE), requests its firewall rejects, and error pages rendered in
 * Tomcat's error dispatch, which Spring Security's header writer skips. Spring Security's writers
 * find the headers set and leave them; an answer that needs another policy (an evidence file)
 * replaces it.
 */
class BrowserPoliciesValve extends ValveBase {

	BrowserPoliciesValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		BrowserPolicies.setOn(request, response);
		getNext().invoke(request, response);
	}

	/**
	 * Puts the valve at the front of Tomcat's engine, after the proxy valve that reads
	 * {@code X-Forwarded-Proto} from trusted proxies (TomcatConfig adds that one first), so HSTS follows the original scheme.
	 */
	static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addEngineValves(new BrowserPoliciesValve());
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
