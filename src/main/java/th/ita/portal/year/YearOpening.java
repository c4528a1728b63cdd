package th.ita.portal.year;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;
import th.ita.portal.user.CurrentStaff;
import th.ita.portal.year.YearChecks.CarryFrom;
import th.ita.portal.year.YearChecks.Checked;

/**
 * Opening a fiscal year for the default agency: its report on a framework of that year, with an
 * empty draft for every item, and, when carried from an earlier year, the responsible units, the
 * measures (as drafts, status reset) and the evidence links (as drafts marked with that year).
 * Nothing is published: the public does not see the year until someone publishes. Every draft
 * created leaves a revision in the history ({@link OpeningRevisions}).
 * <p>
 * Which earlier items an item continues: the lineage rows between the two frameworks
 * ({@code oit_item_lineage}); for an item with no lineage row, the earlier item with the same code
 * (any case) <em>and</em> the same title after normalising ({@code ita_normal_title}). A code alone
 * is not enough, because the NACC renumbers items between years.
 * <p>
 * This class only previews and opens, so the carrying rules sit together; the request's checks are
 * in {@link YearChecks} (run inside this class's transactions) and the page's lists in
 * {@link YearLists}.
 */
@Service
public class YearOpening {

	/** Pairs (new item, earlier item) between framework ? (new) and framework ? (earlier). */
	static final String PAIRS = """
			with new_items as (select id, code, title from oit_item where framework_id = ?),
			old_items as (select id, code, title from oit_item where framework_id = ?),
			pairs as (
			  select l.to_item_id as new_id, l.from_item_id as old_id from oit_item_lineage l
			  join new_items n on n.id = l.to_item_id join old_items o on o.id = l.from_item_id
			  union
			  select n.id, o.id from new_items n join old_items o on lower(o.code) = lower(n.code)
			  and ita_normal_title(o.title) = ita_normal_title(n.title)
			  where not exists (select 1 from oit_item_lineage l join old_items o2 on o2.id = l.from_item_id
			                    where l.to_item_id = n.id))
			""";

	private final JdbcTemplate jdbc;

	private final CurrentAgency agency;

	private final AuditLog audit;

	private final YearChecks checks;

	private final OpeningRevisions revisions;

	YearOpening(JdbcTemplate jdbc, CurrentAgency agency, AuditLog audit, YearChecks checks, OpeningRevisions revisions) {
		this.jdbc = jdbc;
		this.agency = agency;
		this.audit = audit;
		this.checks = checks;
		this.revisions = revisions;
	}

	/** What opening would create, or the reason it cannot. Changes nothing. */
	@Transactional(readOnly = true)
	public Preview preview(YearRequest request) {
		Checked checked = this.checks.check(request);
		List<PreviewItem> items = new ArrayList<>();
		Map<Long, PreviewItem> byId = new LinkedHashMap<>();
		this.jdbc.query("""
				select i.id, s.code, i.code, i.title from oit_item i join oit_subindicator s on s.id = i.subindicator_id
				where i.framework_id = ? order by s.position, i.number""", (ResultSet rs) -> {
			PreviewItem item = new PreviewItem(rs.getString(2), rs.getString(3), rs.getString(4), new ArrayList<>(),
					new ArrayList<>());
			items.add(item);
			byId.put(rs.getLong(1), item);
		}, checked.frameworkId());
		int measures = 0;
		int links = 0;
		if (checked.from() != null) {
			CarryFrom from = checked.from();
			this.jdbc.query(PAIRS + """
					select p.new_id, o.code from pairs p join oit_item o on o.id = p.old_id order by p.new_id, o.number""",
					(ResultSet rs) -> {
						byId.get(rs.getLong(1)).continues().add(rs.getString(2));
					}, checked.frameworkId(), from.frameworkId());
			this.jdbc.query(PAIRS + """
					select distinct p.new_id, u.name, u.id from pairs p
					join oit_disclosure d on d.item_id = p.old_id and d.report_id = ?
					join oit_disclosure_unit du on du.disclosure_id = d.id join unit u on u.id = du.unit_id
					order by p.new_id, u.name, u.id""", (ResultSet rs) -> {
				byId.get(rs.getLong(1)).units().add(rs.getString(2));
			}, checked.frameworkId(), from.frameworkId(), from.reportId());
			measures = this.jdbc.queryForObject(
					"select count(*) from measure where report_id = ? and deleted_at is null", Integer.class,
					from.reportId());
			links = this.jdbc.queryForObject(PAIRS + """
					select count(*) from pairs p join oit_disclosure d on d.item_id = p.old_id and d.report_id = ?
					join evidence e on e.disclosure_id = d.id where e.kind = 'LINK'""", Integer.class,
					checked.frameworkId(), from.frameworkId(), from.reportId());
		}
		return new Preview(checked.year(), checked.frameworkId(), checked.frameworkName(),
				(checked.from() == null) ? null : checked.from().year(), items, measures, links);
	}

	/** Opens the year as the preview showed it; refused with a reason, changing nothing. */
	@Transactional
	public void open(YearRequest request) {
		Checked checked = this.checks.check(request);
		String user = CurrentStaff.get().getUsername();
		long reportId;
		try {
			reportId = this.jdbc.queryForObject("""
					insert into report (agency_id, framework_id, fiscal_year)
					values (?, ?, ?) returning id""", Long.class, this.agency.id(),
					checked.frameworkId(), checked.year());
		}
		catch (DuplicateKeyException ex) {
			throw new YearRefusedException("year", "years.problem.already-open", String.valueOf(checked.year()));
		}
		this.jdbc.update("""
				insert into oit_disclosure (report_id, item_id)
				select ?, i.id from oit_item i where i.framework_id = ? order by i.id""", reportId,
				checked.frameworkId());
		int measures = 0;
		int links = 0;
		if (checked.from() != null) {
			CarryFrom from = checked.from();
			this.jdbc.update(PAIRS + """
					, units as (select d.id as disclosure_id, du.unit_id, min(du.position) as position
					            from pairs p join oit_disclosure old on old.item_id = p.old_id and old.report_id = ?
					            join oit_disclosure_unit du on du.disclosure_id = old.id
					            join oit_disclosure d on d.item_id = p.new_id and d.report_id = ?
					            group by d.id, du.unit_id)
					insert into oit_disclosure_unit (disclosure_id, unit_id, position)
					select disclosure_id, unit_id,
					       row_number() over (partition by disclosure_id order by position, unit_id) from units""",
					checked.frameworkId(), from.frameworkId(), from.reportId(), reportId);
			measures = this.jdbc.update("""
					insert into measure (report_id, unit_id, position, name, method, period, responsible, summary)
					select ?, unit_id, position, name, method, period, responsible, summary
					from measure where report_id = ? and deleted_at is null order by position""", reportId,
					from.reportId());
			links = this.jdbc.update(PAIRS + """
					insert into evidence (disclosure_id, kind, title, url, position, created_by, carried_from)
					select d.id, 'LINK', e.title, e.url,
					       row_number() over (partition by d.id order by o.number, e.position, e.id), ?, ?
					from pairs p join oit_disclosure old on old.item_id = p.old_id and old.report_id = ?
					join oit_item o on o.id = p.old_id
					join evidence e on e.disclosure_id = old.id and e.kind = 'LINK'
					join oit_disclosure d on d.item_id = p.new_id and d.report_id = ?""", checked.frameworkId(),
					from.frameworkId(), user, from.year(), from.reportId(), reportId);
		}
		this.revisions.record(reportId, checked.frameworkId(),
				(checked.from() == null) ? null : checked.from().frameworkId(),
				(checked.from() == null) ? null : checked.from().year(), user);
		this.audit.record(AuditAction.YEAR_OPENED,
				"year " + checked.year() + ": framework " + checked.frameworkId() + " (" + checked.frameworkName()
						+ ")" + ((checked.from() == null) ? ""
								: ", carried from " + checked.from().year() + ": " + measures + " measures, " + links
										+ " links"));
	}

	public record PreviewItem(String subindicator, String code, String title, List<String> continues,
			List<String> units) {
	}

	public record Preview(int year, long frameworkId, String frameworkName, Integer carryFrom,
			List<PreviewItem> items, int measures, int links) {
	}

}
