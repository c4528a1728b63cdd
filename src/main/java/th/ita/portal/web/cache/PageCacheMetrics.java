package th.ita.portal.web.cache;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The page cache's memory as metrics: {@code ita.page-cache.bytes} (as weighed, within
 * {@code ita.page-cache.max-bytes}) and {@code ita.page-cache.pages}. Only the health endpoint is
 * exposed by default; {@code bench/scale.sh} exposes the metrics endpoint to read them.
 */
@Component
class PageCacheMetrics implements MeterBinder {

	private final PublicPageCache cache;

	PageCacheMetrics(PublicPageCache cache) {
		this.cache = cache;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("ita.page-cache.bytes", this.cache, PublicPageCache::weighedBytes)
			.baseUnit("bytes")
			.description("Bytes of rendered public pages kept, as weighed")
			.register(registry);
		Gauge.builder("ita.page-cache.pages", this.cache, PublicPageCache::size)
			.description("Rendered public pages kept")
			.register(registry);
	}

}
