package th.ita.portal.linkcheck;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Writes the monitor's findings: the runs and each link's last answer ({@code link_check}). */
@Repository
class LinkCheckStore {

	/** A link evidence to check: its draft row and address. */
	record Target(long evidenceId, String url) {
	}

	private final JdbcTemplate jdbc;

	LinkCheckStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every link address of every agency's drafts and published copies, keyed by the evidence's
	 * stable id (a published copy carries its draft's id, and keeps it when the draft is removed).
	 */
	static final String LINKS = """
			select id as evidence_id, url from evidence where kind = 'LINK'
			union select evidence_id, url from evidence_pub where kind = 'LINK'""";

	/**
	 * Every draft and published link of every agency and year: the daily run, outside any request,
	 * reads them unscoped.
	 */
	@Transactional(readOnly = true)
	List<Target> allLinks() {
		return this.jdbc.query("select evidence_id, url from (" + LINKS + ") l order by evidence_id, url",
				(rs, n) -> new Target(rs.getLong("evidence_id"), rs.getString("url")));
	}

	/** Forgets the answers of addresses no draft or published copy names any more. */
	@Transactional
	int prune() {
		return this.jdbc.update("delete from link_check lc where not exists (select 1 from (" + LINKS
				+ ") l where l.evidence_id = lc.evidence_id and l.url = lc.url)");
	}

	/** The draft and published links of one disclosure. */
	@Transactional(readOnly = true)
	List<Target> linksOf(long disclosureId) {
		return this.jdbc.query("""
				select id as evidence_id, url from evidence where kind = 'LINK' and disclosure_id = ?
				union select evidence_id, url from evidence_pub where kind = 'LINK' and disclosure_id = ?
				order by evidence_id, url""",
				(rs, n) -> new Target(rs.getLong("evidence_id"), rs.getString("url")), disclosureId, disclosureId);
	}

	@Transactional
	long startRun(String kind, Instant at, String by) {
		return this.jdbc.queryForObject(
				"insert into link_check_run (kind, started_at, started_by) values (?, ?, ?) returning id", Long.class,
				kind, Timestamp.from(at), by);
	}

	/**
	 * Starts a daily run unless another instance's is still going (begun less than six hours ago
	 * and not finished): instances that fire at the same moment take turns on an advisory lock.
	 * @return the run's id, or null when another run is going
	 */
	@Transactional
	Long startDailyRun(Instant at) {
		this.jdbc.queryForList("select pg_advisory_xact_lock(hashtext('ita.link_check_run'))");
		List<Long> created = this.jdbc.queryForList("""
				insert into link_check_run (kind, started_at) select 'DAILY', ?
				where not exists (select 1 from link_check_run where kind = 'DAILY' and finished_at is null
				    and started_at > ?::timestamptz - interval '6 hours') returning id""", Long.class,
				Timestamp.from(at), Timestamp.from(at));
		return created.isEmpty() ? null : created.get(0);
	}

	@Transactional
	void finishRun(long runId, Instant at, int checked, int failing) {
		this.jdbc.update("update link_check_run set finished_at = ?, checked = ?, failing = ? where id = ?",
				Timestamp.from(at), checked, failing, runId);
	}

	/**
	 * Records each target's answer. A first failure is remembered until the link works again; a
	 * target no draft or published copy names any more (removed or re-addressed meanwhile) is left alone.
	 * @return how many of the recorded answers are failures
	 */
	@Transactional
	int record(List<Target> targets, Map<String, LinkAnswer> answers) {
		List<Object[]> rows = new ArrayList<>();
		int failing = 0;
		for (Target target : targets) {
			LinkAnswer a = answers.get(target.url());
			if (a == null) {
				continue;
			}
			failing += a.ok() ? 0 : 1;
			rows.add(new Object[] { a.status().name(), a.httpStatus(), a.finalUrl(), a.contentType(),
					Timestamp.from(a.at()), a.reason() == null ? null : a.reason().name(), target.evidenceId(),
					target.url() });
		}
		this.jdbc.batchUpdate("""
				insert into link_check (evidence_id, url, status, http_status, final_url, content_type, checked_at,
				    last_success_at, first_failure_at, reason)
				select v.evidence_id, v.url, v.status, v.http_status, v.final_url, v.content_type, v.checked_at,
				    case when v.status = 'OK' then v.checked_at end,
				    case when v.status in ('BROKEN', 'REFUSED') then v.checked_at end, v.reason
				from (values (?::varchar, ?::int, ?::text, ?::text, ?::timestamptz, ?::varchar, ?::bigint, ?::text))
				    as v (status, http_status, final_url, content_type, checked_at, reason, evidence_id, url)
				where exists (select 1 from evidence e where e.id = v.evidence_id and e.url = v.url)
				   or exists (select 1 from evidence_pub p where p.evidence_id = v.evidence_id and p.url = v.url)
				on conflict (evidence_id, url_md5) do update set status = excluded.status,
				    http_status = excluded.http_status, final_url = excluded.final_url,
				    content_type = excluded.content_type, checked_at = excluded.checked_at, reason = excluded.reason,
				    last_success_at = case when excluded.status = 'OK' then excluded.checked_at
				        else link_check.last_success_at end,
				    first_failure_at = case when excluded.status not in ('BROKEN', 'REFUSED') then null
				        else coalesce(link_check.first_failure_at, excluded.checked_at) end""", rows);
		return failing;
	}

}
