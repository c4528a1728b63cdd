package th.ita.portal.framework;

import java.sql.ResultSet;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.framework.FrameworkLineage.Link;

/**
 * Lineage the admin has not written yet but probably means: kept apart from the stored rows because
 * it is a guess (equal titles after normalising, as {@code ita_normal_title}), shown only to be
 * taken or ignored, never stored on its own.
 * <p>
 * The earlier framework of a year is the one the default agency's year uses; a year the agency has
 * not opened names the only framework of that year (several: no suggestion from that year).
 */
@Service
public class LineageSuggestions {

	private final JdbcTemplate jdbc;

	private final CurrentAgency agency;

	LineageSuggestions(JdbcTemplate jdbc, CurrentAgency agency) {
		this.jdbc = jdbc;
		this.agency = agency;
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
				                     where a.id = ? and r.fiscal_year = f.fiscal_year),
				                    (select min(x.id) from framework x where x.fiscal_year = f.fiscal_year having count(*) = 1))
				and not exists (select 1 from oit_item_lineage l where l.to_item_id = t.id and l.from_item_id = o.id)
				order by t.number, f.fiscal_year, o.number""", (ResultSet rs, int n) -> new Link(rs.getLong("to_id"),
				rs.getString("to_code"), rs.getInt("fiscal_year"), rs.getLong("from_id"), rs.getString("from_code")),
				frameworkId, this.agency.id());
	}

}
