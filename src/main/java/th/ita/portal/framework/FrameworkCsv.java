package th.ita.portal.framework;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Framework files as CSV (RFC 4180): fields separated by commas, rows by CRLF or LF, a field in
 * double quotes may hold commas, line breaks and doubled quotes. UTF-8, with or without a byte
 * order mark. A cell that starts with = + - or @ is written after an apostrophe so that no
 * spreadsheet runs it as a formula; reading removes that apostrophe again.
 */
final class FrameworkCsv {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private FrameworkCsv() {
	}

	static byte[] write(List<List<String>> rows) {
		StringBuilder text = new StringBuilder();
		appendRow(text, FrameworkColumns.HEADER);
		rows.forEach(row -> appendRow(text, row));
		byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, all, 0, BOM.length);
		System.arraycopy(body, 0, all, BOM.length, body.length);
		return all;
	}

	private static void appendRow(StringBuilder text, List<String> row) {
		for (int i = 0; i < row.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			String v = row.get(i);
			if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
				v = "'" + v;
			}
			boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
			text.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
		}
		text.append("\r\n");
	}

	/** The rows of a CSV file, or the problems that stop it being read. */
	static List<FileRow> read(byte[] bytes, List<ImportProblem> problems) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			problems.add(ImportProblem.ofFile("not-utf8"));
			return List.of();
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		return parse(text, problems);
	}

	private static List<FileRow> parse(String text, List<ImportProblem> problems) {
		List<FileRow> rows = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int row = 1;
		int i = 0;
		boolean quoted = false;
		boolean afterQuote = false;
		boolean badQuote = false;
		int n = text.length();
		while (i <= n) {
			char c = (i < n) ? text.charAt(i) : '\n';
			boolean end = i == n;
			if (quoted) {
				if (end) {
					problems.add(ImportProblem.of(row, "", "unclosed-quote"));
					return rows;
				}
				if (c == '"') {
					if (i + 1 < n && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else {
						quoted = false;
						afterQuote = true;
					}
				}
				else {
					cell.append(c);
				}
			}
			else if (c == ',') {
				cells.add(unprotect(cell));
				cell.setLength(0);
				afterQuote = false;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
					i++;
				}
				if (!(end && cells.isEmpty() && cell.isEmpty())) {
					cells.add(unprotect(cell));
					if (badQuote) {
						problems.add(ImportProblem.of(row, "", "bad-quote"));
					}
					rows.add(new FileRow(row, List.copyOf(cells)));
				}
				cells.clear();
				cell.setLength(0);
				afterQuote = false;
				badQuote = false;
				row++;
			}
			else if (c == '"' && cell.isEmpty() && !afterQuote) {
				quoted = true;
			}
			else {
				if (c == '"' || afterQuote) {
					badQuote = true;
				}
				cell.append(c);
			}
			i++;
		}
		return rows;
	}

	private static String unprotect(StringBuilder cell) {
		String v = cell.toString();
		if (v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0) {
			return v.substring(1);
		}
		return v;
	}

}
