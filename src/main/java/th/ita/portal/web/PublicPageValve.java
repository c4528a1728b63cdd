package th.ita.portal.web;

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
 * {@link PublicPageCache} (a filter) renders the page and keeps it.
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
