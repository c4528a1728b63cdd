package th.ita.portal.year;

import java.sql.ResultSet;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.agency.CurrentAgency;

/**
 * What the years page lists around the opening form: the years already open and the frameworks to
 * choose from. Read only, apart from opening, so the page can be drawn again after a refusal.
 */
@Service
public class YearLists {

	private final JdbcTemplate jdbc;

	private final CurrentAgency agency;

	YearLists(JdbcTemplate jdbc, CurrentAgency agency) {
		this.jdbc = jdbc;
		this.agency = agency;
	}

	/** The agency's years, newest first. */
	@Transactional(readOnly = true)
	public List<OpenYear> years() {
		return this.jdbc.query("""
				select r.fiscal_year, f.id, f.name, f.variant, r.last_published_at,
				       (select count(*) from oit_disclosure d where d.report_id = r.id) as items
				from report r join agency a on a.id = r.agency_id join framework f on f.id = r.framework_id
				where a.id = ? order by r.fiscal_year desc""",
				(ResultSet rs, int n) -> new OpenYear(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5) != null, rs.getInt(6)), this.agency.id());
	}

	/** Every framework, newest year first, for the form's choice. */
	@Transactional(readOnly = true)
	public List<FrameworkChoice> frameworks() {
		return this.jdbc.query("""
				select f.id, f.fiscal_year, f.name, f.variant,
				       (select count(*) from oit_item i where i.framework_id = f.id) as items
				from framework f order by f.fiscal_year desc, f.created_at desc, f.id desc""",
				(ResultSet rs, int n) -> new FrameworkChoice(rs.getLong(1), rs.getInt(2), rs.getString(3),
						rs.getString(4), rs.getInt(5)));
	}

	public record OpenYear(int year, long frameworkId, String frameworkName, String variant, boolean published,
			int items) {
	}

	public record FrameworkChoice(long id, int year, String name, String variant, int items) {
	}

}
