package th.ita.portal.export;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.unit.DataSize;

import th.ita.portal.report.ReportPublished;
import th.ita.portal.web.PublicCaching;

/**
 * Keeps the rendered public report (PDF and Word) per agency, year, format, language, digits and
 * publish generation, so that a reader of an unchanged report costs no SQL and no rendering
 * (rendering one is about half a second of processor time). It learns of publishes as the public
 * page cache does: every publish, once committed ({@link ReportPublished}), starts a new
 * generation, so the next download renders anew. Readers who miss together wait for one rendering
 * (at most {@value #RENDER_WAIT_SECONDS} s; then a reader renders for itself). The bytes kept are
 * bounded by {@code ita.report-cache.max-size} (Caffeine evicts by how often and how lately a
 * report was read). One process only, like the page cache.
 */
@Component
public class PublicReportCache {

	/** The portal serves its default agency only; with several, the request's agency goes in the key. */
	static final String DEFAULT_AGENCY = "default";

	static final int RENDER_WAIT_SECONDS = 30;

	/** What a kept report is kept under; a publish changes the generation, so an older one is never served. */
	record Key(String agency, int year, ExportFormat format, Locale language, boolean thaiDigits, long generation) {
	}

	private final AsyncCache<Key, RenderedReport> reports;

	private final Function<Key, RenderedReport> renderer;

	private final AtomicLong generation = new AtomicLong();

	@Autowired
	PublicReportCache(Exports exports, PublicCaching caching, @Value("${ita.report-cache.max-size}") DataSize maxSize) {
		this(maxSize.toBytes(), key -> RenderedReport.of(
				exports.export(key.year(), key.format(), key.thaiDigits(), false, key.language()),
				"report." + key.format().extension() + (key.thaiDigits() ? "-thai" : "-arabic"), key.language(),
				caching));
	}

	PublicReportCache(long maxBytes, Function<Key, RenderedReport> renderer) {
		this.renderer = renderer;
		this.reports = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((Key key, RenderedReport report) -> report.weight())
			.buildAsync();
	}

	/** A publish committed: the next download of every report renders anew. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void published(ReportPublished event) {
		clear();
	}

	/** Forgets every report. */
	public void clear() {
		this.generation.incrementAndGet();
		this.reports.synchronous().invalidateAll();
	}

	/** The published report of the default agency, rendered now or earlier in this generation. */
	RenderedReport get(int year, ExportFormat format, boolean thaiDigits, Locale language) {
		Key key = new Key(DEFAULT_AGENCY, year, format, language, thaiDigits, this.generation.get());
		CompletableFuture<RenderedReport> mine = new CompletableFuture<>();
		CompletableFuture<RenderedReport> theirs = this.reports.asMap().putIfAbsent(key, mine);
		if (theirs != null) {
			return await(theirs, key);
		}
		try {
			RenderedReport rendered = this.renderer.apply(key);
			mine.complete(rendered);
			if (this.generation.get() != key.generation()) {
				// Published while rendering: no later reader asks for this generation.
				this.reports.asMap().remove(key, mine);
			}
			return rendered;
		}
		catch (RuntimeException | Error ex) {
			// The waiting readers get the same answer (a 404 for an unknown year); nothing is kept.
			mine.completeExceptionally(ex);
			throw ex;
		}
	}

	private RenderedReport await(CompletableFuture<RenderedReport> rendering, Key key) {
		try {
			return rendering.get(RENDER_WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (TimeoutException ex) {
			return this.renderer.apply(key);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The bytes kept now, as weighed (for tests and the curious). */
	long weightedSize() {
		this.reports.synchronous().cleanUp();
		return this.reports.synchronous().policy().eviction().orElseThrow().weightedSize().orElse(0);
	}

}
