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
import org.springframework.stereotype.Component;

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.common.NotFoundException;

/**
 * Reading a lineage CSV {@code from_year,from_item,to_item} into item pairs, refusing the whole
 * file with every bad row listed, so a file is taken all or nothing. Kept apart from the writes
 * because the rules about years and codes are the part that grows. Not transactional itself: it
 * reads inside {@link LineageEdits}' transaction, so the codes it resolved are the ones written.
 * <p>
 * The earlier framework of a year is the one the agency's year uses; a year the agency has
 * not opened names the only framework of that year (several: the year is ambiguous, a problem).
 */
@Component
class LineageCsv {

	static final List<String> HEADER = List.of("from_year", "from_item", "to_item");

	/** The framework a year names: the agency's year's, else the only one of the year. */
	private static final String EARLIER_FRAMEWORK_SQL = """
			coalesce((select r.framework_id from report r join agency a on a.id = r.agency_id
			          where a.id = ? and r.fiscal_year = ?),
			         (select min(x.id) from framework x where x.fiscal_year = ? having count(*) = 1))""";

	private final JdbcTemplate jdbc;

	private final CurrentAgency agency;

	LineageCsv(JdbcTemplate jdbc, CurrentAgency agency) {
		this.jdbc = jdbc;
		this.agency = agency;
	}

	/** The file's (from item, to item) pairs in file order, or a refusal listing every bad row. */
	Set<List<Long>> pairs(long frameworkId, byte[] bytes) {
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
		return pairs;
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
		return Optional.ofNullable(this.jdbc.queryForObject("select " + EARLIER_FRAMEWORK_SQL, Long.class, this.agency.id(), year, year));
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

}
