package th.ita.portal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;

import th.ita.portal.export.ReportDocument.Section;

/**
 * Writes the report as a ZIP of CSV files, one per part (01-measures.csv, 02-plans.csv, 03-oit.csv),
 * each UTF-8 with a byte order mark so that Excel reads Thai. Cells keep their paragraphs and list
 * items as lines.
 */
@Component
class CsvWriter {

	static final List<String> FILES = List.of("01-measures.csv", "02-plans.csv", "03-oit.csv");

	byte[] write(ReportDocument report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (int i = 0; i < report.sections().size(); i++) {
				zip.putNextEntry(new ZipEntry(i < FILES.size() ? FILES.get(i) : "part-" + (i + 1) + ".csv"));
				zip.write(csv(report, report.sections().get(i)));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] csv(ReportDocument report, Section section) {
		FlatSection flat = FlatSection.of(report, section);
		Csv csv = new Csv();
		csv.row(flat.columns());
		flat.rows().forEach(csv::row);
		return csv.bytes();
	}

}
