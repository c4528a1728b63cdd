package th.ita.portal.web.cache;

import java.io.IOException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The kept public pages, so that readers of unchanged content cost no SQL, no rendering and no
 * trip through the security filters. An entry is served only in the publish generation it was
 * rendered in ({@link PublishGeneration}, which is in its key): a new generation of its agency
 * forgets that agency's pages, and a global one forgets them all. {@link PublicPageFilter} renders
 * and keeps pages; {@link PublicPageValve} answers hits.
 *
 * <p>The pages kept are bounded in bytes, not in number: {@code ita.page-cache.max-bytes} of
 * bodies, gzip copies, headers and keys as {@link Page#weight} counts them. A deployment with
 * thousands of agencies has hundreds of thousands of pages; Caffeine evicts the pages read least
 * often and least lately, and their next reader gets them rendered again.
 */
@Component
public class PublicPageCache {

	private final Cache<PageKey, Page> pages;

	private final PublishGeneration generation;

	private final PageKeys keys;

	@Autowired
	PublicPageCache(PublishGeneration generation, PageKeys keys,
			@Value("${ita.page-cache.max-bytes}") DataSize maxBytes) {
		this(generation, keys, maxBytes.toBytes());
	}

	PublicPageCache(PublishGeneration generation, PageKeys keys, long maxBytes) {
		this.generation = generation;
		this.keys = keys;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((PageKey key, Page page) -> page.weight(key.page()))
			.build();
		// One agency's pages are a few hundred of a byte-bounded cache: going through them all is cheap.
		generation.onAdvance(this.pages::invalidateAll,
				(agency) -> this.pages.asMap().keySet().removeIf((key) -> key.agency() == agency));
	}

	/**
	 * Forgets every page (and every kept report: it starts a new generation, as a publish does);
	 * the next reader of each gets it rendered afresh.
	 */
	public void clear() {
		this.generation.advance();
	}

	/** The bytes kept now, as weighed (for tests, the bench and the curious). */
	public long weighedBytes() {
		this.pages.cleanUp();
		return this.pages.policy().eviction().orElseThrow().weightedSize().orElse(0);
	}

	/** How many pages are kept now. */
	public long size() {
		this.pages.cleanUp();
		return this.pages.estimatedSize();
	}

	/**
	 * The key of a request, in its agency's generation as of now, or null when its answer is not to
	 * come from the cache.
	 */
	PageKey key(HttpServletRequest request) {
		return this.keys.of(request);
	}

	Page get(PageKey key) {
		return this.generation.trusted() ? this.pages.getIfPresent(key) : null;
	}

	/**
	 * Keeps a page rendered in its key's generation, unless a publish of its agency (or a global
	 * one) has started another since, or this instance cannot hear other instances' publishes just
	 * now.
	 */
	void keep(PageKey key, Page page) {
		if (!this.generation.isCurrent(key.agency(), key.generation()) || !this.generation.trusted()) {
			return;
		}
		this.pages.put(key, page);
	}

	/**
	 * Sends the page from the cache when it holds the current rendering of it; {@link PublicPageValve}
	 * calls this before the request reaches the servlet filters at all.
	 * @return whether the response was sent
	 */
	boolean sendIfCached(HttpServletRequest request, HttpServletResponse response) throws IOException {
		PageKey key = key(request);
		Page page = (key != null) ? get(key) : null;
		if (page == null) {
			return false;
		}
		page.send(request, response);
		return true;
	}

}
