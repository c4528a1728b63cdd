package th.ita.portal.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import th.ita.portal.common.NotFoundException;
import th.ita.portal.web.cache.PublishGeneration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The report cache on its own, with a renderer that counts its renderings: the bytes it keeps stay
 * within its budget, readers who miss together wait for one rendering, a failed rendering is not
 * kept, a rendering overtaken by a publish is not served after it, and an agency's publish
 * renders only that agency's reports again.
 */
class PublicReportCacheTest {

	static final Locale THAI = Locale.forLanguageTag("th");

	final AtomicInteger renderings = new AtomicInteger();

	final ExecutorService pool = Executors.newFixedThreadPool(8);

	@AfterEach
	void stop() {
		this.pool.shutdownNow();
	}

	RenderedReport report(PublicReportCache.Key key, int size) {
		this.renderings.incrementAndGet();
		ExportFile file = new ExportFile(new byte[size], "รายงาน.pdf", "ita-report.pdf", "application/pdf", null);
		return new RenderedReport(file, "\"" + key.year() + "-" + key.generation() + "\"", 0);
	}

	@Test
	void theBytesKeptStayWithinTheBudgetAndAnEvictedReportRendersAgain() {
		int size = 100_000;
		PublicReportCache cache = new PublicReportCache(350_000, key -> report(key, size));
		for (int year = 2560; year < 2570; year++) {
			cache.get(1L, year, ExportFormat.PDF, true, THAI);
			assertThat(cache.weightedSize()).isLessThanOrEqualTo(350_000);
		}
		assertThat(this.renderings).hasValue(10);
		for (int year = 2560; year < 2570; year++) {
			cache.get(1L, year, ExportFormat.PDF, true, THAI);
			assertThat(cache.weightedSize()).isLessThanOrEqualTo(350_000);
		}
		assertThat(this.renderings.get()).as("at most three fit: the others rendered again").isGreaterThanOrEqualTo(17);
		assertThat(cache.weightedSize()).isGreaterThan(size);
	}

	@Test
	void readersWhoMissTogetherWaitForOneRendering() throws Exception {
		CountDownLatch allAsked = new CountDownLatch(1);
		PublicReportCache cache = new PublicReportCache(10_000_000, key -> {
			try {
				// The rendering lasts until every reader has asked.
				allAsked.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return report(key, 1000);
		});
		CyclicBarrier together = new CyclicBarrier(8);
		List<Future<RenderedReport>> readers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			readers.add(this.pool.submit(() -> {
				together.await(10, TimeUnit.SECONDS);
				return cache.get(1L, 2566, ExportFormat.DOCX, true, THAI);
			}));
		}
		Thread.sleep(300);
		allAsked.countDown();
		RenderedReport first = readers.get(0).get(20, TimeUnit.SECONDS);
		for (Future<RenderedReport> reader : readers) {
			assertThat(reader.get(20, TimeUnit.SECONDS)).isSameAs(first);
		}
		assertThat(this.renderings).hasValue(1);
	}

	@Test
	void aFailedRenderingReachesItsWaitersAndIsNotKept() {
		PublicReportCache cache = new PublicReportCache(10_000_000, key -> {
			this.renderings.incrementAndGet();
			throw new NotFoundException("report " + key.year());
		});
		assertThatThrownBy(() -> cache.get(1L, 2599, ExportFormat.PDF, true, THAI)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> cache.get(1L, 2599, ExportFormat.PDF, true, THAI)).isInstanceOf(NotFoundException.class);
		assertThat(this.renderings).hasValue(2);
		assertThat(cache.weightedSize()).isZero();
	}

	@Test
	void aPublishWhileRenderingIsNotServedAfterIt() {
		PublicReportCache[] cache = new PublicReportCache[1];
		cache[0] = new PublicReportCache(10_000_000, key -> {
			RenderedReport rendered = report(key, 1000);
			if (this.renderings.get() == 1) {
				cache[0].clear();
			}
			return rendered;
		});
		RenderedReport before = cache[0].get(1L, 2566, ExportFormat.PDF, true, THAI);
		RenderedReport after = cache[0].get(1L, 2566, ExportFormat.PDF, true, THAI);
		assertThat(after).isNotSameAs(before);
		assertThat(this.renderings).hasValue(2);
		assertThat(cache[0].get(1L, 2566, ExportFormat.PDF, true, THAI)).isSameAs(after);
	}

	@Test
	void anAgencysPublishRendersOnlyItsReportsAgain() {
		PublishGeneration generation = new PublishGeneration();
		PublicReportCache cache = new PublicReportCache(10_000_000, key -> report(key, 1000), generation);
		RenderedReport one = cache.get(1L, 2566, ExportFormat.PDF, true, THAI);
		RenderedReport two = cache.get(2L, 2566, ExportFormat.PDF, true, THAI);
		generation.advance(1L);
		assertThat(cache.get(2L, 2566, ExportFormat.PDF, true, THAI)).isSameAs(two);
		assertThat(cache.get(1L, 2566, ExportFormat.PDF, true, THAI)).isNotSameAs(one);
		assertThat(this.renderings).hasValue(3);
		generation.advance();
		assertThat(cache.get(2L, 2566, ExportFormat.PDF, true, THAI)).isNotSameAs(two);
		assertThat(this.renderings).hasValue(4);
	}

	@Test
	void anAgencysPublishWhileRenderingIsNotServedAfterIt() {
		PublishGeneration generation = new PublishGeneration();
		PublicReportCache cache = new PublicReportCache(10_000_000, key -> {
			RenderedReport rendered = report(key, 1000);
			if (this.renderings.get() == 1) {
				generation.advance(key.agency());
			}
			return rendered;
		}, generation);
		RenderedReport before = cache.get(1L, 2566, ExportFormat.PDF, true, THAI);
		assertThat(cache.get(1L, 2566, ExportFormat.PDF, true, THAI)).isNotSameAs(before);
		assertThat(this.renderings).hasValue(2);
	}

	@Test
	void formatsLanguagesAndDigitsAreKeptApart() {
		PublicReportCache cache = new PublicReportCache(10_000_000, key -> report(key, 1000));
		cache.get(1L, 2566, ExportFormat.PDF, true, THAI);
		cache.get(1L, 2566, ExportFormat.DOCX, true, THAI);
		cache.get(1L, 2566, ExportFormat.PDF, true, Locale.ENGLISH);
		cache.get(1L, 2566, ExportFormat.PDF, false, THAI);
		cache.get(1L, 2566, ExportFormat.PDF, true, Locale.forLanguageTag("th"));
		assertThat(this.renderings).hasValue(4);
	}

}
