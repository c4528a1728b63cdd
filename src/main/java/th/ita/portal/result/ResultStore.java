package th.ita.portal.result;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.framework.AssessmentTool;
import th.ita.portal.result.YearScores.IndicatorRow;

/** Results and result rules in the database, with plain SQL (the report entity stays untouched). */
@Repository
class ResultStore {

	private final JdbcTemplate jdbc;

	private final CurrentAgency agency;

	ResultStore(JdbcTemplate jdbc, CurrentAgency agency) {
		this.jdbc = jdbc;
		this.agency = agency;
	}

	/** The agency's years, newest first: year, overall score and result. */
	List<YearLink> years() {
		return this.jdbc.query("""
				select f.fiscal_year, r.overall_score, r.result from report r
				join agency a on a.id = r.agency_id join framework f on f.id = r.framework_id
				where a.id = ? order by f.fiscal_year desc""",
				(rs, n) -> new YearLink(rs.getInt(1), rs.getBigDecimal(2), rs.getString(3)), this.agency.id());
	}

	Optional<YearScores> year(int year) {
		List<Object[]> rows = this.jdbc.query("""
				select r.id, f.id, f.name, r.version, r.overall_score, r.result from report r
				join agency a on a.id = r.agency_id join framework f on f.id = r.framework_id
				where a.id = ? and f.fiscal_year = ?""",
				(rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
						rs.getBigDecimal(5), rs.getString(6) }, this.agency.id(), year);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Object[] r = rows.get(0);
		long reportId = (Long) r[0];
		long frameworkId = (Long) r[1];
		Map<AssessmentTool, BigDecimal> tools = new EnumMap<>(AssessmentTool.class);
		Map<Long, BigDecimal> indicators = new LinkedHashMap<>();
		this.jdbc.query("select tool, indicator_id, score from report_score where report_id = ?", (ResultSet rs) -> {
			if (rs.getString(1) != null) {
				tools.put(AssessmentTool.valueOf(rs.getString(1)), rs.getBigDecimal(3));
			}
			else {
				indicators.put(rs.getLong(2), rs.getBigDecimal(3));
			}
		}, reportId);
		List<IndicatorRow> indicatorRows = this.jdbc.query(
				"select id, number, name, tool from indicator where framework_id = ? order by number",
				(rs, n) -> new IndicatorRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)), frameworkId);
		return Optional.of(new YearScores(reportId, year, frameworkId, (String) r[2], (Long) r[3], (BigDecimal) r[4],
				(String) r[5], tools, indicators, indicatorRows));
	}

	/** The report's version, read after the caller locked the row. */
	long version(long reportId) {
		return this.jdbc.queryForObject("select version from report where id = ?", Long.class, reportId);
	}

	void save(long reportId, BigDecimal overall, String result, Map<AssessmentTool, BigDecimal> tools,
			Map<Long, BigDecimal> indicators) {
		this.jdbc.update("update report set overall_score = ?, result = ?, version = version + 1, updated_at = now() where id = ?",
				overall, result, reportId);
		this.jdbc.update("delete from report_score where report_id = ?", reportId);
		tools.forEach((tool, score) -> this.jdbc.update(
				"insert into report_score (report_id, tool, score) values (?, ?, ?)", reportId, tool.name(), score));
		indicators.forEach((id, score) -> this.jdbc.update(
				"insert into report_score (report_id, indicator_id, score) values (?, ?, ?)", reportId, id, score));
	}

	ResultRule rule(long frameworkId) {
		List<Long> version = this.jdbc.queryForList("select version from result_rule where framework_id = ?", Long.class,
				frameworkId);
		if (version.isEmpty()) {
			return ResultRule.NONE;
		}
		List<ResultLevel> levels = this.jdbc.query("""
				select name, min_total, min_iit, min_eit, min_oit from result_level
				where framework_id = ? order by position""", ResultStore::level, frameworkId);
		return new ResultRule(levels, version.get(0));
	}

	/** Locks the framework's rule row (creating it if none), and gives its version. */
	long lockRule(long frameworkId) {
		this.jdbc.update("insert into result_rule (framework_id) values (?) on conflict do nothing", frameworkId);
		return this.jdbc.queryForObject("select version from result_rule where framework_id = ? for update", Long.class,
				frameworkId);
	}

	void replaceLevels(long frameworkId, List<ResultLevel> levels) {
		this.jdbc.update("delete from result_level where framework_id = ?", frameworkId);
		int position = 1;
		for (ResultLevel level : levels) {
			this.jdbc.update("""
					insert into result_level (framework_id, position, name, min_total, min_iit, min_eit, min_oit)
					values (?, ?, ?, ?, ?, ?, ?)""", frameworkId, position++, level.name(), level.minTotal(),
					level.minOf(AssessmentTool.IIT), level.minOf(AssessmentTool.EIT), level.minOf(AssessmentTool.OIT));
		}
		this.jdbc.update("update result_rule set version = version + 1, updated_at = now() where framework_id = ?",
				frameworkId);
	}

	private static ResultLevel level(ResultSet rs, int n) throws SQLException {
		Map<AssessmentTool, BigDecimal> min = new EnumMap<>(AssessmentTool.class);
		int column = 3;
		for (AssessmentTool tool : AssessmentTool.values()) {
			BigDecimal value = rs.getBigDecimal(column++);
			if (value != null) {
				min.put(tool, value);
			}
		}
		return new ResultLevel(rs.getString(1), rs.getBigDecimal(2), min);
	}

}
