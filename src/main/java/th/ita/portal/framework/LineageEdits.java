package th.ita.portal.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a framework's lineage: the whole of it from a CSV, one row added, one removed. Each
 * change is one transaction, so a refused file or row leaves the stored lineage as it was; the
 * file's checks are {@link LineageCsv}'s and run inside that transaction.
 */
@Service
public class LineageEdits {

	private final JdbcTemplate jdbc;

	private final LineageCsv csv;

	private final FrameworkLineage lineage;

	LineageEdits(JdbcTemplate jdbc, LineageCsv csv, FrameworkLineage lineage) {
		this.jdbc = jdbc;
		this.csv = csv;
		this.lineage = lineage;
	}

	/**
	 * Replaces the lineage of the framework's items with the file's rows, or refuses the whole file
	 * listing every bad row.
	 */
	@Transactional
	public int importCsv(long frameworkId, byte[] bytes) {
		Set<List<Long>> pairs = this.csv.pairs(frameworkId, bytes);
		this.jdbc.update("delete from oit_item_lineage l using oit_item t where t.id = l.to_item_id and t.framework_id = ?",
				frameworkId);
		for (List<Long> pair : pairs) {
			this.jdbc.update("insert into oit_item_lineage (from_item_id, to_item_id) values (?, ?)", pair.get(0),
					pair.get(1));
		}
		return pairs.size();
	}

	/** Adds one row (a suggestion taken, or typed on the framework page), or refuses it with a reason. */
	@Transactional
	public void add(long frameworkId, String fromYear, String fromItem, String toItem) {
		String file = String.join(",", LineageCsv.HEADER) + "\n";
		List<String> existing = this.lineage.of(frameworkId).stream()
			.map((l) -> l.fromYear() + "," + l.fromCode() + "," + l.toCode())
			.toList();
		String row = fromYear.strip() + "," + fromItem.strip() + "," + toItem.strip();
		if (existing.stream().anyMatch((e) -> e.equalsIgnoreCase(row))) {
			return;
		}
		List<String> all = new ArrayList<>(existing);
		all.add(row);
		importCsv(frameworkId, (file + String.join("\n", all) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** Removes one row. */
	@Transactional
	public void remove(long frameworkId, long fromItemId, long toItemId) {
		this.jdbc.update("""
				delete from oit_item_lineage l using oit_item t
				where t.id = l.to_item_id and t.framework_id = ? and l.to_item_id = ? and l.from_item_id = ?""",
				frameworkId, toItemId, fromItemId);
	}

}
