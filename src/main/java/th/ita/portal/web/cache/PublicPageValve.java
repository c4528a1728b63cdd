package th.ita.portal.web.cache;

import java.io.IOException;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Serves a cached public page from inside Tomcat, before the request is handed to the servlet
 * filters, Spring MVC and Spring Security: on a cache hit nothing of the application runs but
 * {@link PublicPageCache#sendIfCached}. A miss goes on down the pipeline as usual, where
 * {@link PublicPageFilter} renders the page and keeps it. A valve as well as the filter, so that a
 * hit skips the servlet filter chain too.
 */
class PublicPageValve extends ValveBase {

	private final ObjectProvider<PublicPageCache> cacheProvider;

	private volatile PublicPageCache cache;

	PublicPageValve(ObjectProvider<PublicPageCache> cacheProvider) {
		super(true);
		this.cacheProvider = cacheProvider;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		PublicPageCache pages = this.cache;
		if (pages == null) {
			// The valve exists before the application's beans do; the cache is looked up once.
			pages = this.cacheProvider.getIfAvailable();
			this.cache = pages;
		}
		if (pages == null || !pages.sendIfCached(request, response)) {
			getNext().invoke(request, response);
		}
	}

}
