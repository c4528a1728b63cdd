package th.ita.portal.framework;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.common.NotFoundException;

/**
 * Lineage: the items of an earlier framework that an item of this framework continues (several to
 * one and one to several), stored as {@code oit_item_lineage} rows. Imported as a CSV
 * {@code from_year,from_item,to_item} (all or nothing), edited row by row, and suggested where the
 * titles are equal after normalising ({@link #normalTitle}, the same as the database's
 * {@code ita_normal_title}).
 * <p>
 * The earlier framework of a year is the one the default agency's year uses; a year the agency has
 * not opened names the only framework of that year (several: the year is ambiguous, a problem).
 */
@Service
public class FrameworkLineage {

	static final List<String> HEADER = List.of("from_year", "from_item", "to_item");

	private final JdbcTemplate jdbc;

	FrameworkLineage(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A title as compared across years: Thai digits as Arabic, white space runs as one space, trimmed, lower case. */
	public static String normalTitle(String title) {
		StringBuilder out = new StringBuilder(title.length());
		for (int i = 0; i < title.length(); i++) {
			char c = title.charAt(i);
			out.append((c >= '\u0E50' && c <= '\u0E59') ? (char) ('0' + (c - '\u0E50')) : c);
		}
		return out.toString().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
	}

	/** The lineage rows of a framework's items, in item order. */
	@Transactional(readOnly = true)
	public List<Link> of(long frameworkId) {
		return this.jdbc.query("""
				select t.id as to_id, t.code as to_code, f.fiscal_year, o.id as from_id, o.code as from_code
				from oit_item_lineage l join oit_item t on t.id = l.to_item_id join oit_item o on o.id = l.from_item_id
				join framework f on f.id = o.framework_id where t.framework_id = ?
				order by t.number, f.fiscal_year, o.number""", (ResultSet rs, int n) -> new Link(rs.getLong("to_id"),
				rs.getString("to_code"), rs.getInt("fiscal_year"), rs.getLong("from_id"), rs.getString("from_code")),
				frameworkId);
	}

	/**
	 * Items of earlier frameworks whose titles equal an item's of this one after normalising, where
	 * no lineage row names the pair yet.
	 */
	@Transactional(readOnly = true)
	public List<Link> suggestions(long frameworkId) {
		return this.jdbc.query("""
				select t.id as to_id, t.code as to_code, f.fiscal_year, o.id as from_id, o.code as from_code
				from oit_item t join framework tf on tf.id = t.framework_id
				join oit_item o on ita_normal_title(o.title) = ita_normal_title(t.title)
				join framework f on f.id = o.framework_id and f.fiscal_year < tf.fiscal_year
				where t.framework_id = ?
				and f.id = coalesce((select r.framework_id from report r join agency a on a.id = r.agency_id
				                     where a.is_default and r.fiscal_year = f.fiscal_year),
				                    (select min(x.id) from framework x where x.fiscal_year = f.fiscal_year having count(*) = 1))
				and not exists (select 1 from oit_item_lineage l where l.to_item_id = t.id and l.from_item_id = o.id)
				order by t.number, f.fiscal_year, o.number""", (ResultSet rs, int n) -> new Link(rs.getLong("to_id"),
				rs.getString("to_code"), rs.getInt("fiscal_year"), rs.getLong("from_id"), rs.getString("from_code")),
				frameworkId);
	}

	/** The framework a year names: the default agency's year's, else the only one of the year. */
	private static final String EARLIER_FRAMEWORK_SQL = """
			coalesce((select r.framework_id from report r join agency a on a.id = r.agency_id
			          where a.is_default and r.fiscal_year = ?),
			         (select min(x.id) from framework x where x.fiscal_year = ? having count(*) = 1))""";

	/**
	 * Replaces the lineage of the framework's items with the file's rows, or refuses the whole file
	 * listing every bad row.
	 */
	@Transactional
	public int importCsv(long frameworkId, byte[] bytes) {
		Framework target = framework(frameworkId);
		List<ImportProblem> problems = new ArrayList<>();
		if (bytes == null || bytes.length == 0) {
			throw new FrameworkRejectedException(List.of(ImportProblem.ofFile("empty")));
		}
		if (bytes.length > FrameworkFiles.MAX_BYTES) {
			throw new FrameworkRejectedException(List.of(ImportProblem.ofFile("too-large",
					FrameworkFiles.MAX_BYTES / (1024 * 1024))));
		}
		List<FileRow> rows = FrameworkCsv.read(bytes, problems);
		if (!problems.isEmpty()) {
			throw new FrameworkRejectedException(problems);
		}
		if (rows.isEmpty() || !rows.get(0).cells().stream().map(String::strip).toList().equals(HEADER)) {
			throw new FrameworkRejectedException(
					List.of(ImportProblem.of(1, "", "lineage-header", String.join(",", HEADER))));
		}
		Map<String, Long> targetItems = codes(frameworkId);
		Map<Integer, Optional<Long>> earlier = new LinkedHashMap<>();
		Set<List<Long>> pairs = new LinkedHashSet<>();
		for (FileRow row : rows.subList(1, rows.size())) {
			if (row.blank()) {
				continue;
			}
			if (row.cells().size() != HEADER.size()) {
				problems.add(ImportProblem.of(row.number(), "", "cell-count", HEADER.size(), row.cells().size()));
				continue;
			}
			String yearText = row.cells().get(0).strip();
			String fromCode = row.cells().get(1).strip();
			String toCode = row.cells().get(2).strip();
			Integer year = parseYear(yearText);
			Long fromId = null;
			if (year == null) {
				problems.add(ImportProblem.of(row.number(), "from_year", "lineage-year", yearText));
			}
			else if (year >= target.getFiscalYear()) {
				problems.add(ImportProblem.of(row.number(), "from_year", "lineage-year-later", String.valueOf(year),
						String.valueOf(target.getFiscalYear())));
			}
			else {
				Optional<Long> from = earlier.computeIfAbsent(year, this::earlierFramework);
				if (from.isEmpty()) {
					problems.add(ImportProblem.of(row.number(), "from_year", "lineage-unknown-year",
							String.valueOf(year)));
				}
				else {
					fromId = codes(from.get()).get(fromCode.toLowerCase(Locale.ROOT));
					if (fromId == null) {
						problems.add(ImportProblem.of(row.number(), "from_item", "lineage-unknown-item", fromCode,
								String.valueOf(year)));
					}
				}
			}
			Long toId = targetItems.get(toCode.toLowerCase(Locale.ROOT));
			if (toId == null) {
				problems.add(ImportProblem.of(row.number(), "to_item", "lineage-unknown-item", toCode,
						String.valueOf(target.getFiscalYear())));
			}
			if (fromId != null && toId != null && !pairs.add(List.of(fromId, toId))) {
				problems.add(ImportProblem.of(row.number(), "", "lineage-duplicate", fromCode, toCode));
			}
		}
		if (pairs.isEmpty() && problems.isEmpty()) {
			problems.add(ImportProblem.ofFile("no-rows"));
		}
		if (!problems.isEmpty()) {
			throw new FrameworkRejectedException(problems);
		}
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
		String file = String.join(",", HEADER) + "\n";
		List<String> existing = of(frameworkId).stream()
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

	/**
	 * What an item continues, by earlier year, only in years the default agency has opened (those
	 * are the pages a link can lead to): one statement.
	 */
	@Transactional(readOnly = true)
	public List<EarlierYear> earlier(long itemId) {
		Map<Integer, List<String>> byYear = new LinkedHashMap<>();
		this.jdbc.query("""
				select r.fiscal_year, o.code from oit_item_lineage l join oit_item o on o.id = l.from_item_id
				join report r on r.framework_id = o.framework_id join agency a on a.id = r.agency_id and a.is_default
				where l.to_item_id = ? order by r.fiscal_year desc, o.number""", (ResultSet rs) -> {
			byYear.computeIfAbsent(rs.getInt(1), (y) -> new ArrayList<>()).add(rs.getString(2));
		}, itemId);
		return byYear.entrySet().stream().map((e) -> new EarlierYear(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

	private Framework framework(long id) {
		List<Integer> years = this.jdbc.queryForList("select fiscal_year from framework where id = ?", Integer.class,
				id);
		if (years.isEmpty()) {
			throw new NotFoundException("framework " + id);
		}
		return new Framework(years.get(0));
	}

	private Optional<Long> earlierFramework(int year) {
		return Optional.ofNullable(this.jdbc.queryForObject("select " + EARLIER_FRAMEWORK_SQL, Long.class, year, year));
	}

	private Map<String, Long> codes(long frameworkId) {
		Map<String, Long> codes = new LinkedHashMap<>();
		this.jdbc.query("select id, code from oit_item where framework_id = ?",
				(ResultSet rs) -> {
					codes.put(rs.getString(2).toLowerCase(Locale.ROOT), rs.getLong(1));
				}, frameworkId);
		return codes;
	}

	private static Integer parseYear(String text) {
		if (text.length() != 4 || !text.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return null;
		}
		int year = Integer.parseInt(text);
		return (year < 2500 || year > 2700) ? null : year;
	}

	private record Framework(int getFiscalYear) {
	}

	/** One lineage row: this framework's item, and the earlier item (its year and code) it continues. */
	public record Link(long toId, String toCode, int fromYear, long fromId, String fromCode) {
	}

	/** The codes an item continues in one earlier year. */
	public record EarlierYear(int year, List<String> codes) {
	}

}
