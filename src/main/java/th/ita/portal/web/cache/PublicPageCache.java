package th.ita.portal.web.cache;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * The kept public pages, so that readers of unchanged content cost no SQL, no rendering and no
 * trip through the security filters. An entry is served only in the publish generation it was
 * rendered in ({@link PublishGeneration}, which is in its key), and a new generation forgets them
 * all. {@link PublicPageFilter} renders and keeps pages; {@link PublicPageValve} answers hits.
 *
 * <p>At most {@value #MAX_ENTRIES} pages: the portal has a few hundred (five kinds per year, one
 * per OIT item, two languages, HTTP and HTTPS). Should anything fill it, it is emptied and
 * refilled by the next readers rather than tracking which page was read last on every hit.
 */
@Component
public class PublicPageCache {

	static final int MAX_ENTRIES = 2_000;

	private final Map<String, Page> pages = new ConcurrentHashMap<>();

	private final PublishGeneration generation;

	private final PageKeys keys;

	PublicPageCache(PublishGeneration generation, PageKeys keys) {
		this.generation = generation;
		this.keys = keys;
		generation.onAdvance(this.pages::clear);
	}

	/**
	 * Forgets every page (and every kept report: it starts a new generation, as a publish does);
	 * the next reader of each gets it rendered afresh.
	 */
	public void clear() {
		this.generation.advance();
	}

	long generation() {
		return this.generation.current();
	}

	/** The key of a request in a generation, or null when its answer is not to come from the cache. */
	String key(HttpServletRequest request, long generation) {
		return this.keys.of(request, generation);
	}

	Page get(String key) {
		return this.pages.get(key);
	}

	/** Keeps a page rendered in a generation, unless a publish has started another since. */
	void keep(String key, long generation, Page page) {
		if (this.generation.current() != generation) {
			return;
		}
		if (this.pages.size() >= MAX_ENTRIES) {
			this.pages.clear();
		}
		this.pages.put(key, page);
	}

	/**
	 * Sends the page from the cache when it holds the current rendering of it; {@link PublicPageValve}
	 * calls this before the request reaches the servlet filters at all.
	 * @return whether the response was sent
	 */
	boolean sendIfCached(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String key = key(request, this.generation.current());
		Page page = (key != null) ? this.pages.get(key) : null;
		if (page == null) {
			return false;
		}
		page.send(request, response);
		return true;
	}

}
