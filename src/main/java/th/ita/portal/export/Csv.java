package th.ita.portal.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV as spreadsheets open it: RFC 4180 quoting, CRLF lines, UTF-8 with a byte order mark. */
final class Csv {

	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final StringBuilder text = new StringBuilder();

	Csv row(List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				this.text.append(',');
			}
			this.text.append(quote(values.get(i)));
		}
		this.text.append("\r\n");
		return this;
	}

	byte[] bytes() {
		byte[] body = this.text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, all, 0, BOM.length);
		System.arraycopy(body, 0, all, BOM.length, body.length);
		return all;
	}

	private static String quote(String value) {
		String v = (value == null) ? "" : value;
		// A leading = + - @ would run as a formula in a spreadsheet.
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		boolean needs = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
		return needs ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
	}

}
