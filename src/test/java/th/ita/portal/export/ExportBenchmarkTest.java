package th.ita.portal.export;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.ita.portal.export.ReportContent.Component;
import th.ita.portal.export.ReportContent.ItemData;
import th.ita.portal.export.ReportContent.MeasureData;
import th.ita.portal.export.ReportContent.PlanData;
import th.ita.portal.report.Audience;
import th.ita.portal.support.PortalTest;

/**
 * Times every format, warm, for the demo report and for one whose every text is ten times longer,
 * and samples the peak heap of 1 and 4 concurrent PDF exports. Run it with bench/exports.sh; the
 * figures go to target/export-bench.txt.
 */
@PortalTest
@Tag("bench")
class ExportBenchmarkTest {

	static final Locale THAI = Locale.forLanguageTag("th");

	@Autowired
	ReportReader reader;

	@Autowired
	ReportAssembler assembler;

	@Autowired
	Exports exports;

	@Autowired
	PdfWriter pdf;

	@Autowired
	DocxWriter docx;

	@Autowired
	XlsxWriter xlsx;

	@Autowired
	CsvWriter csv;

	@Test
	void bench() throws Exception {
		List<String> out = new ArrayList<>();
		out.add("cores=" + Runtime.getRuntime().availableProcessors() + " java=" + System.getProperty("java.version")
				+ " maxHeap=" + Runtime.getRuntime().maxMemory() / 1_048_576 + "MB");
		ReportContent demo = this.reader.read(2566, false, Audience.STAFF);
		for (var entry : List.of(new Object[] { "demo", demo }, new Object[] { "10x text", tenTimes(demo) })) {
			ReportDocument doc = this.assembler.assemble((ReportContent) entry[1], true, THAI);
			out.add(entry[0] + ": pdf " + time(() -> this.pdf.write(doc, "หน้า", "จาก")) + " ms, docx "
					+ time(() -> this.docx.write(doc, "หน้า")) + " ms, xlsx " + time(() -> this.xlsx.write(doc))
					+ " ms, csv " + time(() -> this.csv.write(doc)) + " ms");
		}
		out.add("full request path (read + assemble + write), demo: pdf "
				+ time(() -> this.exports.export(2566, ExportFormat.PDF, true, false, Audience.STAFF, THAI).bytes()) + " ms, docx "
				+ time(() -> this.exports.export(2566, ExportFormat.DOCX, true, false, Audience.STAFF, THAI).bytes()) + " ms");
		out.add("peak heap above baseline, PDF demo: 1 export " + peakHeap(1) + " MB, 4 concurrent " + peakHeap(4) + " MB");
		Files.write(Path.of("target/export-bench.txt"), out);
		out.forEach(System.out::println);
	}

	interface Job {

		byte[] run() throws Exception;

	}

	/** The median of 5 runs after 3 warm-up runs, in milliseconds. */
	static long time(Job job) throws Exception {
		for (int i = 0; i < 3; i++) {
			job.run();
		}
		long[] runs = new long[5];
		for (int i = 0; i < runs.length; i++) {
			long start = System.nanoTime();
			job.run();
			runs[i] = (System.nanoTime() - start) / 1_000_000;
		}
		java.util.Arrays.sort(runs);
		return runs[2];
	}

	long peakHeap(int threads) throws Exception {
		var memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long base = memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(base);
		ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
		try {
			var sampling = pool.submit(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(2);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			List<Future<byte[]>> jobs = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				jobs.add(pool.submit(() -> this.exports.export(2566, ExportFormat.PDF, true, false, Audience.STAFF, THAI).bytes()));
			}
			for (Future<byte[]> job : jobs) {
				job.get();
			}
			sampling.cancel(true);
		}
		finally {
			pool.shutdownNow();
		}
		return (peak.get() - base) / 1_048_576;
	}

	static ReportContent tenTimes(ReportContent c) {
		return new ReportContent(c.year(), c.agency(), c.district(), c.province(), c.overallScore(), c.result(), false,
				c.measures().stream().map(m -> new MeasureData(m.position(), x(m.name()), x(m.method()), x(m.period()),
						x(m.responsible()), x(m.summary()), x(m.outcome()))).toList(),
				c.plans().stream().map(p -> new PlanData(p.indicator(), x(p.indicatorName()), x(p.guideline()),
						x(p.responsible()), x(p.period()), p.status(), x(p.progress()))).toList(),
				c.items().stream().map(i -> new ItemData(i.number(), i.code(), x(i.title()), i.subindicatorCode(),
						i.subindicatorName(), i.topic(),
						i.components().stream().map(k -> new Component(k.depth(), x(k.text()))).toList(),
						x(i.responsible()), i.status(), x(i.progress()))).toList(),
				c.lastPublishedAt());
	}

	private static String x(String text) {
		return (text == null) ? null : String.join(" ", java.util.Collections.nCopies(10, text));
	}

}
