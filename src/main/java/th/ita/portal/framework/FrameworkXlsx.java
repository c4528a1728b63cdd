package th.ita.portal.framework;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Framework files as XLSX: the first sheet, the header in row 1, the same columns as the CSV.
 * Numbers and depths are written as numbers, every other cell as text (never as a formula).
 */
final class FrameworkXlsx {

	/** More rows than any framework has; a bigger sheet is refused rather than read. */
	static final int MAX_ROWS = 20_000;

	/** The most an XLSX may hold unpacked (2566's is under 1 MB); more is refused before POI reads it. */
	static final long MAX_UNPACKED = 32L * 1024 * 1024;

	private FrameworkXlsx() {
	}

	static byte[] write(List<List<String>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("framework");
			writeRow(sheet.createRow(0), FrameworkColumns.HEADER);
			for (int r = 0; r < rows.size(); r++) {
				writeRow(sheet.createRow(r + 1), rows.get(r));
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeRow(Row row, List<String> values) {
		for (int c = 0; c < values.size(); c++) {
			String v = values.get(c);
			Cell cell = row.createCell(c);
			boolean numeric = row.getRowNum() > 0 && (c == FrameworkColumns.INDICATOR || c == FrameworkColumns.DEPTH)
					&& !v.isEmpty();
			if (numeric) {
				cell.setCellValue(Integer.parseInt(v));
			}
			else {
				cell.setCellValue(v);
			}
		}
	}

	/**
	 * Whether the archive unpacks to more than {@link #MAX_UNPACKED}, counted by really unpacking
	 * it (the sizes an archive declares can lie), so that a small hostile file cannot fill the heap.
	 * A broken archive is left to POI, which refuses it.
	 */
	static boolean unpackedTooLarge(byte[] bytes) {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			while (zip.getNextEntry() != null) {
				for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
					total += n;
					if (total > MAX_UNPACKED) {
						return true;
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
		return false;
	}

	/** The rows of the first sheet, or the problems that stop it being read. */
	static List<FileRow> read(byte[] bytes, List<ImportProblem> problems) {
		if (unpackedTooLarge(bytes)) {
			problems.add(ImportProblem.ofFile("unpacked-too-large", MAX_UNPACKED / (1024 * 1024)));
			return List.of();
		}
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			if (workbook.getNumberOfSheets() == 0) {
				problems.add(ImportProblem.ofFile("empty"));
				return List.of();
			}
			Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() >= MAX_ROWS) {
				problems.add(ImportProblem.ofFile("too-many-rows", MAX_ROWS));
				return List.of();
			}
			DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
			List<FileRow> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				int last = Math.max(row.getLastCellNum(), 0);
				for (int c = 0; c < last; c++) {
					Cell cell = row.getCell(c);
					cells.add((cell == null) ? "" : formatter.formatCellValue(cell));
				}
				while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()
						&& cells.size() > FrameworkColumns.HEADER.size()) {
					cells.remove(cells.size() - 1);
				}
				while (cells.size() < FrameworkColumns.HEADER.size()) {
					cells.add(""); // a spreadsheet leaves empty cells at the end of a row out
				}
				rows.add(new FileRow(row.getRowNum() + 1, List.copyOf(cells)));
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			// not a workbook POI can read: a renamed file, a broken or hostile archive
			problems.add(ImportProblem.ofFile("not-xlsx"));
			return List.of();
		}
	}

}
