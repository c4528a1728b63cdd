package th.ita.portal.export;

import java.util.List;

/**
 * The annual report, format-neutral: what every writer (DOCX, PDF, XLSX, CSV) lays out, in the
 * seed report's order. Texts are final: digits are already Thai or Arabic, headings already in the
 * reader's language, rich text already split into paragraphs and list items.
 *
 * @param title     the title lines (report name and year, agency, district and province)
 * @param summary   the opening paragraph with the overall score and result
 * @param draftMark the mark printed on every page of an export that includes drafts; null when none
 * @param groupColumns the names of the sub-indicator and topic columns of flat (spreadsheet) OIT tables
 * @param sections  measures, indicator plans (IIT) and OIT, in that order
 */
public record ReportDocument(int year, List<String> title, String summary, String draftMark, List<String> groupColumns,
		List<Section> sections) {

	public boolean isDraft() {
		return this.draftMark != null;
	}

	/**
	 * One part of the report, e.g. the OIT tables.
	 *
	 * @param sheet   a short name for a spreadsheet tab or CSV file
	 * @param heading printed above the part; null when it has none
	 */
	public record Section(String sheet, String heading, List<Table> tables) {

		/** The columns of the section's tables, which all share them. */
		public List<String> columns() {
			return this.tables.isEmpty() ? List.of() : this.tables.get(0).columns();
		}

	}

	/**
	 * One table with its heading lines (e.g. a sub-indicator and a topic heading of OIT).
	 *
	 * @param group   e.g. "ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน"; null when none
	 * @param topic   e.g. "นโยบาย No Gift Policy"; null when none
	 * @param widths  relative column widths, one per column
	 */
	public record Table(String group, String topic, List<String> columns, List<Integer> widths, List<Row> rows) {
	}

	public record Row(List<Cell> cells) {
	}

	/** A table cell: paragraphs and list items. */
	public record Cell(List<Block> blocks) {

		public static Cell of(String text) {
			return new Cell(Block.paragraphs(text));
		}

		/** The cell as plain text: one line per block, list items marked with "- ". */
		public String plain() {
			StringBuilder out = new StringBuilder();
			for (Block block : this.blocks) {
				if (!out.isEmpty()) {
					out.append('\n');
				}
				out.append(block.plain());
			}
			return out.toString();
		}

	}

	/**
	 * A paragraph (depth 0) or a list item (depth 1 and deeper).
	 *
	 * @param marker a list item's marker ("-" or "1."); empty for a paragraph
	 */
	public record Block(int depth, String marker, String text) {

		public static Block paragraph(String text) {
			return new Block(0, "", text);
		}

		/** Paragraphs from plain text, one per non-blank line. */
		public static List<Block> paragraphs(String text) {
			if (text == null || text.isBlank()) {
				return List.of();
			}
			return text.lines().map(String::strip).filter(l -> !l.isEmpty()).map(Block::paragraph).toList();
		}

		public boolean isListItem() {
			return this.depth > 0;
		}

		/** The block as one plain line, e.g. "  - text" for a second-level item. */
		public String plain() {
			return isListItem() ? "  ".repeat(this.depth - 1) + this.marker + " " + this.text : this.text;
		}

	}

}
