package th.ita.portal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import th.ita.portal.export.ReportDocument.Section;

/**
 * Writes the report as a workbook: one sheet per part (measures, indicator plans, OIT), header
 * row frozen and filtered, text wrapped in rows tall enough to show it. The OIT sheet carries the
 * sub-indicator and topic of each item in two leading columns; a draft export says so in its
 * first row.
 */
@Component
class XlsxWriter {

	static final String FONT = "Sarabun";

	byte[] write(ReportDocument report) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheets sheets = new Sheets(book, FONT);
			for (Section section : report.sections()) {
				FlatSection flat = FlatSection.of(report, section);
				sheets.add(section.sheet(), report.draftMark(), flat.columns(), flat.widths(), flat.rows());
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes sheets of text with one style set per workbook. */
	static final class Sheets {

		private final XSSFWorkbook book;

		private final CellStyle header;

		private final CellStyle body;

		Sheets(XSSFWorkbook book, String fontName) {
			this.book = book;
			Font plain = book.createFont();
			plain.setFontName(fontName);
			plain.setFontHeightInPoints((short) 11);
			Font bold = book.createFont();
			bold.setFontName(fontName);
			bold.setFontHeightInPoints((short) 11);
			bold.setBold(true);
			this.body = book.createCellStyle();
			this.body.setFont(plain);
			this.body.setWrapText(true);
			this.body.setVerticalAlignment(VerticalAlignment.TOP);
			this.header = book.createCellStyle();
			this.header.cloneStyleFrom(this.body);
			this.header.setFont(bold);
			this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}

		/**
		 * @param widths relative widths; a sheet is about 160 characters wide
		 */
		void add(String name, String draftMark, List<String> columns, List<Integer> widths, List<List<String>> rows) {
			Sheet sheet = this.book.createSheet(name);
			int total = Math.max(1, widths.stream().mapToInt(Integer::intValue).sum());
			int[] chars = new int[columns.size()];
			for (int i = 0; i < columns.size(); i++) {
				chars[i] = Math.max(6, 160 * widths.get(i) / total);
				sheet.setColumnWidth(i, chars[i] * 256);
			}
			int first = 0;
			if (draftMark != null) {
				write(sheet, 0, List.of(draftMark), this.header, chars);
				first = 1;
			}
			write(sheet, first, columns, this.header, chars);
			for (int r = 0; r < rows.size(); r++) {
				write(sheet, first + 1 + r, rows.get(r), this.body, chars);
			}
			sheet.createFreezePane(0, first + 1);
			sheet.setAutoFilter(new CellRangeAddress(first, first + rows.size(), 0, columns.size() - 1));
		}

		private static void write(Sheet sheet, int index, List<String> values, CellStyle style, int[] chars) {
			org.apache.poi.ss.usermodel.Row row = sheet.createRow(index);
			int lines = 1;
			for (int i = 0; i < values.size(); i++) {
				String value = values.get(i) == null ? "" : values.get(i);
				var cell = row.createCell(i);
				cell.setCellValue(value);
				cell.setCellStyle(style);
				lines = Math.max(lines, lines(value, chars[Math.min(i, chars.length - 1)]));
			}
			row.setHeightInPoints(Math.min(409f, lines * 15f + 3f));
		}

		/** How many lines a wrapped text takes in a column so many characters wide. */
		static int lines(String text, int width) {
			int lines = 0;
			for (String line : text.split("\n", -1)) {
				lines += Math.max(1, (int) Math.ceil(ThaiText.columns(line) / (double) Math.max(1, width - 1)));
			}
			return lines;
		}

	}

}
