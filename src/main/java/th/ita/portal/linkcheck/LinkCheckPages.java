package th.ita.portal.linkcheck;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.report.Report;

/**
 * What the pages show of the monitor's work, each list in one statement: the last daily run, the
 * failing links (all years for the admin page, one year for its dashboard), one item's links with
 * their last answers, and the proofs its publishes kept.
 */
@Service
public class LinkCheckPages {

	/**
	 * The link addresses the monitor checks ({@link LinkCheckStore#LINKS}) in the reports that
	 * {@code reports} picks (a condition on {@code r}, the report, with its parameters), each once with
	 * its item: the draft's title and place when the draft still has that address, else the published
	 * copy's. The reports are picked first so that only one agency's rows are read, by index.
	 */
	static String linksWithItems(String reports) {
		return """
				select distinct on (x.evidence_id, x.url) x.evidence_id, x.url, x.title, x.disclosure_id, x.position,
				    x.report_id
				from (select e.id as evidence_id, e.url, e.title, e.disclosure_id, e.position, d.report_id, 0 as pref
				        from report r join oit_disclosure d on d.report_id = r.id join evidence e on e.disclosure_id = d.id
				        where e.kind = 'LINK' and %1$s
				    union all select p.evidence_id, p.url, p.title, p.disclosure_id, p.position, d.report_id, 1
				        from report r join oit_disclosure d on d.report_id = r.id
				        join evidence_pub p on p.disclosure_id = d.id
				        where p.kind = 'LINK' and %1$s) x
				order by x.evidence_id, x.url, x.pref""".formatted(reports);
	}

	/** The failing links of the reports that {@code reports} picks (see {@link #linksWithItems}). */
	private static String failingLinks(String reports) {
		return "with links as (" + linksWithItems(reports) + """
				)
				select lc.evidence_id, lc.url, lc.status, lc.reason, lc.http_status, lc.first_failure_at, lc.checked_at,
				    l.title, i.code, r.fiscal_year
				from links l join link_check lc on lc.evidence_id = l.evidence_id and lc.url = l.url
				join oit_disclosure d on d.id = l.disclosure_id join oit_item i on i.id = d.item_id
				join report r on r.id = l.report_id
				where lc.status in ('BROKEN', 'REFUSED')""";
	}

	private final JdbcTemplate jdbc;

	LinkCheckPages(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An agency's admin page: the last daily run (it checks every agency's links: its times are the
	 * deployment's, its counts this agency's links checked during it) and the agency's failing links,
	 * oldest failure first: 2 statements.
	 */
	@Transactional(readOnly = true)
	public AdminView admin(long agencyId) {
		Optional<Run> last = this.jdbc.query("with links as (" + linksWithItems("r.agency_id = ?") + """
				), run as (select started_at, finished_at from link_check_run
				    where kind = 'DAILY' order by started_at desc limit 1),
				mine as (select lc.status, lc.checked_at from links l
				    join link_check lc on lc.evidence_id = l.evidence_id and lc.url = l.url)
				select run.started_at, run.finished_at,
				    (select count(*) from mine where mine.checked_at between run.started_at
				        and coalesce(run.finished_at, 'infinity')) as checked,
				    (select count(*) from mine where mine.checked_at between run.started_at
				        and coalesce(run.finished_at, 'infinity') and mine.status in ('BROKEN', 'REFUSED')) as failing
				from run""", (rs, n) -> new Run(
				LinkHealth.instant(rs.getTimestamp("started_at")), LinkHealth.instant(rs.getTimestamp("finished_at")),
				rs.getInt("checked"), rs.getInt("failing")), agencyId, agencyId).stream().findFirst();
		List<Failing> failing = this.jdbc.query(failingLinks("r.agency_id = ?")
				+ " order by lc.first_failure_at, r.fiscal_year, i.number, l.position", LinkCheckPages::failing,
				agencyId, agencyId);
		return new AdminView(last.orElse(null), failing);
	}

	/** A year's failing links (draft and published), for its dashboard: 1 statement. */
	@Transactional(readOnly = true)
	public List<Failing> failingOfReport(Report report) {
		return this.jdbc.query(failingLinks("r.id = ? and r.agency_id = ?")
				+ " order by lc.first_failure_at, i.number, l.position", LinkCheckPages::failing, report.getId(),
				report.getAgency().getId(), report.getId(), report.getAgency().getId());
	}

	/** One disclosure's draft links with their last answers: 1 statement. */
	@Transactional(readOnly = true)
	List<ItemLink> linksOf(long disclosureId) {
		return this.jdbc.query("""
				select e.id, e.title, e.url, coalesce(lc.status, 'PENDING') as status, lc.reason, lc.http_status,
				    lc.final_url, lc.content_type, lc.checked_at, lc.last_success_at, lc.first_failure_at
				from evidence e left join link_check lc on lc.evidence_id = e.id and lc.url = e.url
				where e.disclosure_id = ? and e.kind = 'LINK' order by e.position""", (rs, n) -> new ItemLink(
				rs.getLong("id"), rs.getString("title"), rs.getString("url"), rs.getString("status"),
				rs.getString("reason"), (Integer) rs.getObject("http_status"), rs.getString("final_url"),
				rs.getString("content_type"), LinkHealth.instant(rs.getTimestamp("checked_at")),
				LinkHealth.instant(rs.getTimestamp("last_success_at")),
				LinkHealth.instant(rs.getTimestamp("first_failure_at"))), disclosureId);
	}

	/** The proofs kept at each publish of a disclosure, newest publish first: 1 statement. */
	@Transactional(readOnly = true)
	List<Proof> proofsOf(long disclosureId) {
		return this.jdbc.query("""
				select p.published_at, p.title, p.url, p.status, p.reason, p.http_status, p.final_url, p.content_type,
				    p.size_bytes, p.sha256, p.fetched_at, p.evidence_pub_id is not null as current
				from published_link_proof p where p.disclosure_id = ? order by p.published_at desc, p.id
				limit 200""", (rs, n) -> new Proof(LinkHealth.instant(rs.getTimestamp("published_at")),
				rs.getString("title"), rs.getString("url"), rs.getString("status"), rs.getString("reason"),
				(Integer) rs.getObject("http_status"), rs.getString("final_url"), rs.getString("content_type"),
				(Long) rs.getObject("size_bytes"), rs.getString("sha256"),
				LinkHealth.instant(rs.getTimestamp("fetched_at")), rs.getBoolean("current")), disclosureId);
	}

	private static Failing failing(ResultSet rs, int n) throws SQLException {
		return new Failing(rs.getLong("evidence_id"), rs.getInt("fiscal_year"), rs.getString("code"),
				rs.getString("title"), rs.getString("url"), rs.getString("status"), rs.getString("reason"),
				(Integer) rs.getObject("http_status"), LinkHealth.instant(rs.getTimestamp("first_failure_at")),
				LinkHealth.instant(rs.getTimestamp("checked_at")));
	}

	public record AdminView(Run lastRun, List<Failing> failing) {
	}

	public record Run(Instant startedAt, Instant finishedAt, int checked, int failing) {
	}

	/** A failing link with its item: {@code code} is the item's code in its framework's spelling (o12). */
	public record Failing(long evidenceId, int year, String code, String title, String url, String status,
			String reason, Integer httpStatus, Instant since, Instant checkedAt) {

		public String reasonKey() {
			return "linkcheck.reason." + this.reason;
		}

	}

	public record ItemLink(long evidenceId, String title, String url, String status, String reason,
			Integer httpStatus, String finalUrl, String contentType, Instant checkedAt, Instant lastSuccessAt,
			Instant firstFailureAt) {

		public String statusKey() {
			return "linkcheck.status." + this.status;
		}

		public String reasonKey() {
			return "linkcheck.reason." + this.reason;
		}

	}

	public record Proof(Instant publishedAt, String title, String url, String status, String reason,
			Integer httpStatus, String finalUrl, String contentType, Long sizeBytes, String sha256, Instant fetchedAt,
			boolean current) {

		public String statusKey() {
			return "linkcheck.status." + this.status;
		}

		public String reasonKey() {
			return "linkcheck.reason." + this.reason;
		}

	}

}
