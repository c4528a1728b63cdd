package th.ita.portal.year;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.ita.portal.history.EntityKind;
import th.ita.portal.history.RevisionAction;

/**
 * The history of the drafts an opening creates: one {@link RevisionAction#OPENED} revision for
 * every item's draft (its status, the units it took, the evidence links carried to it, and which
 * earlier items it was carried from) and for every carried measure (its fields, and the year it
 * came from). Written as the opening writes the drafts, in batches: two statements whatever the
 * number of items and measures, in the opening's transaction.
 */
@Component
class OpeningRevisions {

	/** After {@link YearOpening#PAIRS}: an OPENED revision and its fields for every disclosure of report ?. */
	private static final String DISCLOSURES = """
			, revs as (
			  insert into revision (report_id, entity_type, entity_id, label, action, username, at)
			  select d.report_id, '%1$s', d.id, upper(i.code) || ' ' || i.title, '%2$s', ?, ?
			  from oit_disclosure d join oit_item i on i.id = d.item_id where d.report_id = ?
			  returning id, entity_id),
			fields as (
			  select r.id as revision_id, f.ord, f.field, f.value from revs r cross join lateral (values
			    (1, 'carried_from', (select ?::text || ': ' || string_agg(upper(o.code), ', ' order by o.number)
			                         from pairs p join oit_item o on o.id = p.old_id
			                         join oit_disclosure nd on nd.item_id = p.new_id where nd.id = r.entity_id)),
			    (2, 'units', (select string_agg(u.name, ', ' order by du.position) from oit_disclosure_unit du
			                  join unit u on u.id = du.unit_id where du.disclosure_id = r.entity_id)),
			    (3, 'status', (select d.status from oit_disclosure d where d.id = r.entity_id)),
			    (4, 'evidence', (select string_agg(e.title || ' — ' || e.url, E'\\n' order by e.position)
			                     from evidence e where e.disclosure_id = r.entity_id))) f(ord, field, value)
			  where f.value is not null)
			insert into revision_field (revision_id, position, field, before_value, after_value)
			select revision_id, row_number() over (partition by revision_id order by ord), field, null, value from fields
			""".formatted(EntityKind.DISCLOSURE.name(), RevisionAction.OPENED.name());

	/** An OPENED revision and its fields for every measure of report ?, carried from year ?. */
	private static final String MEASURES = """
			with revs as (
			  insert into revision (report_id, entity_type, entity_id, label, action, username, at)
			  select m.report_id, '%1$s', m.id, m.name, '%2$s', ?, ? from measure m
			  where m.report_id = ? and m.deleted_at is null
			  returning id, entity_id)
			insert into revision_field (revision_id, position, field, before_value, after_value)
			select r.id, row_number() over (partition by r.id order by f.ord), f.field, null, f.value
			from revs r join measure m on m.id = r.entity_id left join unit u on u.id = m.unit_id
			cross join lateral (values (1, 'carried_from', ?::text), (2, 'position', m.position::text),
			  (3, 'name', m.name), (4, 'method', m.method), (5, 'period', m.period), (6, 'unit', u.name),
			  (7, 'responsible', m.responsible), (8, 'summary', m.summary), (9, 'status', m.status)) f(ord, field, value)
			where f.value is not null and f.value <> ''
			""".formatted(EntityKind.MEASURE.name(), RevisionAction.OPENED.name());

	private final JdbcTemplate jdbc;

	private final Clock clock;

	OpeningRevisions(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records the opened year's drafts, after they were all written.
	 * @param fromFramework the earlier year's framework (null when nothing was carried)
	 * @param fromYear the earlier year (null when nothing was carried)
	 */
	void record(long reportId, long frameworkId, Long fromFramework, Integer fromYear, String user) {
		Timestamp at = Timestamp.from(this.clock.instant());
		String from = (fromYear == null) ? null : fromYear.toString();
		// Without an earlier year the pairs are empty: no framework has the id -1.
		this.jdbc.update(YearOpening.PAIRS + DISCLOSURES, frameworkId, (fromFramework == null) ? -1L : fromFramework,
				user, at, reportId, from);
		if (fromYear != null) {
			this.jdbc.update(MEASURES, user, at, reportId, from);
		}
	}

}
