package th.ita.portal.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.common.NotFoundException;

/**
 * What the platform pages read: the agencies with their counts (one statement, however many
 * agencies there are), and one agency. Counts only: no draft, report text or file is read.
 */
@Service
class PlatformPages {

	/** Every agency with its host names and counts, grouped once per table rather than per agency. */
	static final String LIST = """
			with hosts as (select agency_id, string_agg(host, ' ' order by host) as hosts from agency_host group by agency_id),
			units as (select agency_id, count(*) as n from unit group by agency_id),
			accounts as (select agency_id, count(*) as n from users where agency_id is not null group by agency_id),
			reports as (select agency_id, count(*) as n from report group by agency_id),
			published as (select r.agency_id, count(*) as n from oit_disclosure_pub p join report r on r.id = p.report_id
			              group by r.agency_id),
			files as (select r.agency_id, count(*) as n from evidence e join oit_disclosure d on d.id = e.disclosure_id
			          join report r on r.id = d.report_id where e.kind = 'FILE' group by r.agency_id)
			select a.id, a.slug, a.name, a.province, a.enabled, h.hosts, coalesce(u.n, 0), coalesce(c.n, 0),
			       coalesce(r.n, 0), coalesce(p.n, 0), coalesce(f.n, 0)
			from agency a left join hosts h on h.agency_id = a.id left join units u on u.agency_id = a.id
			left join accounts c on c.agency_id = a.id left join reports r on r.agency_id = a.id
			left join published p on p.agency_id = a.id left join files f on f.agency_id = a.id
			order by a.name, a.id""";

	private final JdbcTemplate jdbc;

	PlatformPages(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<AgencyRow> agencies() {
		return this.jdbc.query(LIST, (rs, n) -> new AgencyRow(rs.getLong(1), rs.getString(2), rs.getString(3),
				rs.getString(4), rs.getBoolean(5), hosts(rs.getString(6)), rs.getLong(7), rs.getLong(8), rs.getLong(9),
				rs.getLong(10), rs.getLong(11)));
	}

	/** One agency, or a {@link NotFoundException} (a 404 page) for an id no agency has. */
	@Transactional(readOnly = true)
	AgencyDetails agency(long id) {
		List<AgencyDetails> found = this.jdbc.query("""
				select a.id, a.slug, a.name, a.district, a.province, a.enabled, a.version,
				       (select string_agg(h.host, ' ' order by h.host) from agency_host h where h.agency_id = a.id),
				       exists (select 1 from users s join user_role r on r.user_id = s.id
				               where s.agency_id = a.id and r.role = 'ADMIN')
				from agency a where a.id = ?""", PlatformPages::details, id);
		if (found.isEmpty()) {
			throw new NotFoundException("agency " + id);
		}
		return found.get(0);
	}

	private static AgencyDetails details(ResultSet rs, int n) throws SQLException {
		return new AgencyDetails(rs.getLong(1), rs.getString(2), rs.getString(3), nonNull(rs.getString(4)),
				nonNull(rs.getString(5)), rs.getBoolean(6), rs.getLong(7), hosts(rs.getString(8)), rs.getBoolean(9));
	}

	private static String nonNull(String text) {
		return (text == null) ? "" : text;
	}

	private static List<String> hosts(String joined) {
		return (joined == null) ? List.of() : Arrays.asList(joined.split(" "));
	}

}
