package th.ita.portal.export;

import java.util.ArrayList;
import java.util.List;

import th.ita.portal.export.ReportDocument.Row;
import th.ita.portal.export.ReportDocument.Section;
import th.ita.portal.export.ReportDocument.Table;

/**
 * A section of the report as one flat table of plain text, as the spreadsheet formats (XLSX and
 * CSV) lay it out: where the section's tables have groups (the OIT sub-indicators and topics),
 * the group and topic of each row become two leading columns.
 *
 * @param columns the header row
 * @param widths  relative column widths, one per column (the groups' two columns first)
 * @param rows    the body rows, every cell as plain text
 */
record FlatSection(List<String> columns, List<Integer> widths, List<List<String>> rows) {

	static FlatSection of(ReportDocument report, Section section) {
		boolean grouped = section.tables().stream().anyMatch(t -> t.group() != null);
		List<String> columns = new ArrayList<>();
		List<Integer> widths = new ArrayList<>();
		if (grouped) {
			columns.addAll(report.groupColumns());
			widths.addAll(List.of(16, 14));
		}
		columns.addAll(section.columns());
		widths.addAll(section.tables().isEmpty() ? List.of() : section.tables().get(0).widths());
		List<List<String>> rows = new ArrayList<>();
		for (Table table : section.tables()) {
			for (Row row : table.rows()) {
				List<String> values = new ArrayList<>();
				if (grouped) {
					values.add(table.group());
					values.add(table.topic() == null ? "" : table.topic());
				}
				row.cells().forEach(c -> values.add(c.plain()));
				rows.add(values);
			}
		}
		return new FlatSection(columns, widths, rows);
	}

}
