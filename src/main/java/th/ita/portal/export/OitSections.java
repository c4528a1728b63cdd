package th.ita.portal.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import th.ita.portal.export.ReportAssembler.Text;
import th.ita.portal.export.ReportContent.Component;
import th.ita.portal.export.ReportContent.ItemData;
import th.ita.portal.export.ReportDocument.Block;
import th.ita.portal.export.ReportDocument.Cell;
import th.ita.portal.export.ReportDocument.Row;
import th.ita.portal.export.ReportDocument.Section;
import th.ita.portal.export.ReportDocument.Table;

/** The OIT part: one table per sub-indicator and topic heading, items in framework order. */
final class OitSections {

	private static final List<Integer> WIDTHS = List.of(6, 18, 34, 12, 30);

	private final Text text;

	OitSections(Text text) {
		this.text = text;
	}

	Section section(List<ItemData> items) {
		List<String> columns = this.text.columns("export.oit.col.", "number", "title", "components", "responsible",
				"progress");
		List<Table> tables = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		ItemData first = null;
		for (ItemData item : items) {
			if (first != null && !sameTable(first, item)) {
				tables.add(table(first, columns, rows));
				rows = new ArrayList<>();
			}
			if (first == null || !sameTable(first, item)) {
				first = item;
			}
			rows.add(row(item));
		}
		if (first != null) {
			tables.add(table(first, columns, rows));
		}
		return new Section(this.text.get("export.oit.sheet"), this.text.get("export.oit.heading"), tables);
	}

	private static boolean sameTable(ItemData a, ItemData b) {
		return a.subindicatorCode().equals(b.subindicatorCode()) && Objects.equals(a.topic(), b.topic());
	}

	private Table table(ItemData first, List<String> columns, List<Row> rows) {
		String group = this.text.get("export.oit.subindicator", this.text.number(first.subindicatorCode()),
				this.text.content(first.subindicatorName()));
		String topic = (first.topic() == null) ? null : this.text.content(first.topic());
		return new Table(group, topic, columns, WIDTHS, List.copyOf(rows));
	}

	private Row row(ItemData item) {
		List<Block> components = new ArrayList<>();
		for (Component c : item.components()) {
			components.add(new Block(c.depth() + 1, "-", this.text.content(c.text())));
		}
		return new Row(List.of(Cell.of(itemNumber(item.code())), Cell.of(this.text.content(item.title())),
				new Cell(components), this.text.plain(item.responsible()),
				this.text.progress(item.status(), item.progress())));
	}

	/**
	 * The item's code as reports print it, taken from the framework's own code: its letter as a
	 * capital and its digits, so {@code o12} (2566) and {@code O12} (later lists) both print
	 * {@code O12}; with Thai digits the seed's form, a leading ๐ standing for the letter (๐๑๒).
	 */
	String itemNumber(String code) {
		String printed = printedCode(code);
		return this.text.thaiDigits() ? "\u0E50" + Digits.thai(printed.substring(1)) : printed;
	}

	/** A framework's item code with its letter in capitals ({@code o12} → {@code O12}). */
	static String printedCode(String code) {
		return code.toUpperCase(java.util.Locale.ROOT);
	}

}
