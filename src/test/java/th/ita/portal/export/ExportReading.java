package th.ita.portal.export;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import th.ita.portal.seed.SeedReport;

/** Reads exports back for the tests: DOCX tables as text, PDF text, and the seed. */
final class ExportReading {

	private ExportReading() {
	}

	static SeedReport seed() throws Exception {
		try (InputStream in = ExportReading.class.getResourceAsStream("/seed/bangsaothong-2566.txt")) {
			return SeedReport.parse(in);
		}
	}

	/** Every DOCX table as rows of cell texts (header rows included). */
	static List<List<List<String>>> docxTables(byte[] docx) throws Exception {
		List<List<List<String>>> tables = new ArrayList<>();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			for (XWPFTable table : doc.getTables()) {
				List<List<String>> rows = new ArrayList<>();
				for (XWPFTableRow row : table.getRows()) {
					rows.add(row.getTableCells().stream().map(c -> c.getText()).toList());
				}
				tables.add(rows);
			}
		}
		return tables;
	}

	/** The text of each page of a PDF. */
	static List<String> pdfPages(byte[] pdf) throws Exception {
		List<String> pages = new ArrayList<>();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int p = 1; p <= doc.getNumberOfPages(); p++) {
				stripper.setStartPage(p);
				stripper.setEndPage(p);
				pages.add(stripper.getText(doc));
			}
		}
		return pages;
	}

	/** Text without any whitespace, so that words wrapped across lines still compare. */
	static String squeeze(String text) {
		return text.replaceAll("[\\s\\u00A0]+", "");
	}

}
