package th.ita.portal.framework;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.agency.CurrentAgency;

/**
 * Lineage as stored: the items of an earlier framework that an item of this framework continues
 * (several to one and one to several), as {@code oit_item_lineage} rows. Only the reads live here,
 * because the public and staff item pages need them and nothing else: changing the rows is
 * {@link LineageEdits} (checked by {@link LineageCsv}), guessing them is {@link LineageSuggestions}.
 * Titles compare after {@link #normalTitle}, the same as the database's {@code ita_normal_title}.
 */
@Service
public class FrameworkLineage {

	private final JdbcTemplate jdbc;

	private final CurrentAgency agency;

	FrameworkLineage(JdbcTemplate jdbc, CurrentAgency agency) {
		this.jdbc = jdbc;
		this.agency = agency;
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
	 * What an item continues, by earlier year, only in years the agency has opened (those
	 * are the pages a link can lead to) and, for a public page, published: one statement.
	 * @param publishedOnly for a public page: only years the public can see (published)
	 */
	@Transactional(readOnly = true)
	public List<EarlierYear> earlier(long itemId, boolean publishedOnly) {
		Map<Integer, List<String>> byYear = new LinkedHashMap<>();
		this.jdbc.query("""
				select r.fiscal_year, o.code from oit_item_lineage l join oit_item o on o.id = l.from_item_id
				join report r on r.framework_id = o.framework_id join agency a on a.id = r.agency_id and a.id = ?
				where l.to_item_id = ? and (r.last_published_at is not null or not ?)
				order by r.fiscal_year desc, o.number""", (ResultSet rs) -> {
			byYear.computeIfAbsent(rs.getInt(1), (y) -> new ArrayList<>()).add(rs.getString(2));
		}, this.agency.id(), itemId, publishedOnly);
		return byYear.entrySet().stream().map((e) -> new EarlierYear(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

	/** One lineage row: this framework's item, and the earlier item (its year and code) it continues. */
	public record Link(long toId, String toCode, int fromYear, long fromId, String fromCode) {
	}

	/** The codes an item continues in one earlier year. */
	public record EarlierYear(int year, List<String> codes) {
	}

}
