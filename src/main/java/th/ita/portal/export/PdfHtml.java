package th.ita.portal.export;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import th.ita.portal.export.ReportDocument.Block;
import th.ita.portal.export.ReportDocument.Cell;
import th.ita.portal.export.ReportDocument.Row;
import th.ita.portal.export.ReportDocument.Section;
import th.ita.portal.export.ReportDocument.Table;

/**
 * The report as an XHTML document for Flying Saucer: built element by element (so every text is
 * escaped and the result is well-formed), laid out by {@code export/report.css}.
 */
final class PdfHtml {

	private static final String BOXES = "\u2610\u2611";

	private PdfHtml() {
	}

	/**
	 * @param page the word before the page number ("หน้า")
	 * @param of   the word before the page count ("จาก")
	 */
	static Document build(ReportDocument report, String css, String page, String of) {
		Document doc = Document.createShell("");
		doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
		doc.child(0).attr("lang", "th");
		Element head = doc.head();
		head.appendElement("meta").attr("charset", "UTF-8");
		String margins = "@page { size: A4 landscape; margin: 16mm 12mm 16mm 12mm;\n"
				+ "  @bottom-center { font-family: Sarabun; font-size: 10pt; content: " + quote(page + " ")
				+ " counter(page) " + quote(" " + of + " ") + " counter(pages); }\n"
				+ (report.isDraft() ? "  @top-center { font-family: Sarabun; font-size: 12pt; font-weight: bold; "
						+ "color: #b00000; content: " + quote(report.draftMark()) + "; }\n" : "")
				+ "}\n";
		head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css + "\n" + margins));
		Element body = doc.body();
		Element title = body.appendElement("div").addClass("title");
		for (String line : report.title()) {
			title.appendElement("p").text(line);
		}
		body.appendElement("p").addClass("summary").text(report.summary());
		for (Section section : report.sections()) {
			if (section.heading() != null) {
				body.appendElement("h2").text(section.heading());
			}
			for (Table table : section.tables()) {
				table(body, table);
			}
		}
		return doc;
	}

	private static void table(Element body, Table table) {
		Element wrap = body.appendElement("div").addClass("part");
		if (table.group() != null) {
			wrap.appendElement("h3").text(table.group());
		}
		if (table.topic() != null) {
			wrap.appendElement("h4").text(table.topic());
		}
		Element t = wrap.appendElement("table");
		Element cols = t.appendElement("colgroup");
		int total = table.widths().stream().mapToInt(Integer::intValue).sum();
		for (int w : table.widths()) {
			cols.appendElement("col").attr("style", "width: " + (100.0 * w / total) + "%");
		}
		Element headRow = t.appendElement("thead").appendElement("tr");
		for (String column : table.columns()) {
			headRow.appendElement("th").text(column);
		}
		Element tbody = t.appendElement("tbody");
		for (Row row : table.rows()) {
			Element tr = tbody.appendElement("tr");
			for (Cell cell : row.cells()) {
				Element td = tr.appendElement("td");
				for (Block block : cell.blocks()) {
					block(td, block);
				}
			}
		}
	}

	private static void block(Element td, Block block) {
		Element p = td.appendElement("p");
		if (block.isListItem()) {
			p.addClass("li").attr("style", "margin-left: " + (block.depth() - 1) * 10 + "pt");
			p.appendElement("span").addClass("marker").text(block.marker() + " ");
		}
		text(p, block.text());
	}

	/** Text with the check boxes in the symbol font: Sarabun has no ☐ or ☑. */
	private static void text(Element p, String text) {
		StringBuilder run = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (BOXES.indexOf(c) >= 0) {
				if (!run.isEmpty()) {
					p.appendText(run.toString());
					run.setLength(0);
				}
				p.appendElement("span").addClass("box").text(String.valueOf(c));
			}
			else {
				run.append(c);
			}
		}
		if (!run.isEmpty()) {
			p.appendText(run.toString());
		}
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
