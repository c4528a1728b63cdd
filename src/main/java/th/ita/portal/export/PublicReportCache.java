package th.ita.portal.export;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import th.ita.portal.report.Audience;
import th.ita.portal.web.PublicCaching;
import th.ita.portal.web.cache.PublishGeneration;
import th.ita.portal.web.cache.PublishGeneration.Stamp;
import th.ita.portal.web.cache.SingleFlight;

/**
 * Keeps the rendered public report (PDF and Word) per agency, year, format, language, digits and
 * publish generation, so that a reader of an unchanged report costs no SQL and no rendering
 * (rendering one is about half a second of processor time). It shares the page cache's pieces:
 * the publish generation ({@link PublishGeneration}: the next download after a publish of the
 * agency, or a global one, renders anew; the other agencies' reports stay kept) and one rendering for readers who miss together ({@link SingleFlight}, at most
 * {@value #RENDER_WAIT_SECONDS} s; then a reader renders for itself; a failure, such as an unknown
 * year, reaches the waiters). Unlike the pages, the bytes kept are bounded by
 * {@code ita.report-cache.max-size} (Caffeine evicts by how often and how lately a report was
 * read): a report is a thousand times a page. One process only, like the page cache.
 */
@Component
public class PublicReportCache {

	static final int RENDER_WAIT_SECONDS = 30;

	/**
	 * What a kept report is kept under; a publish of the agency changes its generation, so an older
	 * one is never served.
	 */
	record Key(long agency, int year, ExportFormat format, Locale language, boolean thaiDigits, Stamp generation) {
	}

	private final Cache<Key, RenderedReport> reports;

	private final SingleFlight<Key, RenderedReport> flights = new SingleFlight<>(
			Duration.ofSeconds(RENDER_WAIT_SECONDS), true);

	private final Function<Key, RenderedReport> renderer;

	private final PublishGeneration generation;

	@Autowired
	PublicReportCache(Exports exports, PublicCaching caching, PublishGeneration generation,
			@Value("${ita.report-cache.max-size}") DataSize maxSize) {
		this(maxSize.toBytes(), key -> RenderedReport.of(
				exports.export(key.year(), key.format(), key.thaiDigits(), false, Audience.PUBLIC, key.language()),
				"report." + key.format().extension() + (key.thaiDigits() ? "-thai" : "-arabic"), key.language(),
				caching), generation);
	}

	PublicReportCache(long maxBytes, Function<Key, RenderedReport> renderer) {
		this(maxBytes, renderer, new PublishGeneration());
	}

	PublicReportCache(long maxBytes, Function<Key, RenderedReport> renderer, PublishGeneration generation) {
		this.renderer = renderer;
		this.generation = generation;
		this.reports = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((Key key, RenderedReport report) -> report.weight())
			.build();
		generation.onAdvance(this.reports::invalidateAll,
				(agency) -> this.reports.asMap().keySet().removeIf((key) -> key.agency() == agency));
	}

	/** Forgets every report (and every kept page: it starts a new generation, as a publish does). */
	public void clear() {
		this.generation.advance();
	}

	/**
	 * The published report of an agency (the request's: the renderer reads it), rendered now or
	 * earlier in this generation.
	 */
	RenderedReport get(long agencyId, int year, ExportFormat format, boolean thaiDigits, Locale language) {
		Key key = new Key(agencyId, year, format, language, thaiDigits,
				this.generation.current(agencyId));
		if (!this.generation.trusted()) {
			// This instance may have missed another's publish: render, keep nothing.
			return this.renderer.apply(key);
		}
		RenderedReport kept = this.reports.getIfPresent(key);
		if (kept != null) {
			return kept;
		}
		return this.flights.run(key, () -> {
			// Another reader may have kept it between the look-up above and this rendering's start.
			RenderedReport rendered = this.reports.getIfPresent(key);
			if (rendered == null) {
				rendered = this.renderer.apply(key);
				// Published while rendering: no later reader asks for this generation, so it is not kept.
				if (this.generation.isCurrent(agencyId, key.generation())) {
					this.reports.put(key, rendered);
				}
			}
			return rendered;
		});
	}

	/** The bytes kept now, as weighed (for tests and the curious). */
	long weightedSize() {
		this.reports.cleanUp();
		return this.reports.policy().eviction().orElseThrow().weightedSize().orElse(0);
	}

}
