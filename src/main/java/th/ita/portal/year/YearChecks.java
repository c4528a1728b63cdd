package th.ita.portal.year;

import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.ita.portal.agency.CurrentAgency;

/**
 * The checks a year request must pass before anything is previewed or opened, kept in one place so
 * the preview and the opening refuse for exactly the same reasons. Not transactional itself: it
 * reads inside the caller's transaction, so what it checked is what the caller then changes.
 */
@Component
class YearChecks {

	static final int FIRST_YEAR = 2500;

	static final int LAST_YEAR = 2700;

	private final JdbcTemplate jdbc;

	private final CurrentAgency agency;

	YearChecks(JdbcTemplate jdbc, CurrentAgency agency) {
		this.jdbc = jdbc;
		this.agency = agency;
	}

	/** The request as checked values, or a refusal with the field and reason. */
	Checked check(YearRequest request) {
		Integer year = year(request.getYear(), "year");
		if (year == null) {
			throw new YearRefusedException("year", "years.problem.year-missing");
		}
		Long frameworkId = parseId(request.getFramework());
		if (frameworkId == null) {
			throw new YearRefusedException("framework", "years.problem.framework-unknown");
		}
		Optional<Map<String, Object>> framework = this.jdbc
			.queryForList("select fiscal_year, name from framework where id = ?", frameworkId)
			.stream()
			.findFirst();
		if (framework.isEmpty()) {
			throw new YearRefusedException("framework", "years.problem.framework-unknown");
		}
		int frameworkYear = ((Number) framework.get().get("fiscal_year")).intValue();
		if (frameworkYear != year) {
			throw new YearRefusedException("framework", "years.problem.framework-year", String.valueOf(frameworkYear),
					String.valueOf(year));
		}
		if (reportOf(year).isPresent()) {
			throw new YearRefusedException("year", "years.problem.already-open", String.valueOf(year));
		}
		CarryFrom from = null;
		if (!request.getCarryFrom().isEmpty()) {
			Integer carry = year(request.getCarryFrom(), "carryFrom");
			if (carry >= year) {
				throw new YearRefusedException("carryFrom", "years.problem.carry-later", String.valueOf(carry),
						String.valueOf(year));
			}
			Map<String, Object> report = reportOf(carry)
				.orElseThrow(() -> new YearRefusedException("carryFrom", "years.problem.carry-unknown", String.valueOf(carry)));
			from = new CarryFrom(carry, ((Number) report.get("id")).longValue(),
					((Number) report.get("framework_id")).longValue());
		}
		return new Checked(year, frameworkId, (String) framework.get().get("name"), from);
	}

	private Optional<Map<String, Object>> reportOf(int year) {
		return this.jdbc.queryForList("""
				select r.id, r.framework_id from report r join agency a on a.id = r.agency_id
				where a.id = ? and r.fiscal_year = ?""", this.agency.id(), year).stream().findFirst();
	}

	private static Integer year(String text, String field) {
		if (text.isEmpty()) {
			return null;
		}
		int year;
		try {
			year = Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw new YearRefusedException(field, "years.problem.year-range", String.valueOf(FIRST_YEAR),
					String.valueOf(LAST_YEAR));
		}
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new YearRefusedException(field, "years.problem.year-range", String.valueOf(FIRST_YEAR),
					String.valueOf(LAST_YEAR));
		}
		return year;
	}

	private static Long parseId(String text) {
		if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return Long.valueOf(text);
	}

	/** The earlier year carried from: its year, the default agency's report and that report's framework. */
	record CarryFrom(int year, long reportId, long frameworkId) {
	}

	/** A request that passed: the year, its framework, and the earlier year to carry from, if any. */
	record Checked(int year, long frameworkId, String frameworkName, CarryFrom from) {
	}

}
