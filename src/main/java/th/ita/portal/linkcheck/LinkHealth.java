package th.ita.portal.linkcheck;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The link monitor's last word on link evidence, for whoever judges an item (readiness, the
 * dashboard): one statement for any number of evidence ids.
 */
@Service
public class LinkHealth {

	private final JdbcTemplate jdbc;

	LinkHealth(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The state of each of these links (evidence id and the address it names: the published copy's
	 * for readiness) that has been checked; a link with no row (never seen by the monitor, or
	 * re-addressed since) is absent: treat it as {@link LinkState#PENDING}. One statement, whatever
	 * the number of links.
	 */
	@Transactional(readOnly = true)
	public Map<Link, LinkState> of(Collection<Link> links) {
		Map<Link, LinkState> states = new HashMap<>();
		if (links.isEmpty()) {
			return states;
		}
		this.jdbc.query("""
				select lc.evidence_id, lc.url, lc.status, lc.reason, lc.first_failure_at, lc.checked_at
				from link_check lc join unnest(?::bigint[], ?::text[]) as l (evidence_id, url)
				    on lc.evidence_id = l.evidence_id and lc.url_md5 = md5(l.url) and lc.url = l.url""", (ResultSet rs) -> {
			states.put(new Link(rs.getLong("evidence_id"), rs.getString("url")), new LinkState(rs.getString("status"),
					rs.getString("reason"), instant(rs.getTimestamp("first_failure_at")),
					instant(rs.getTimestamp("checked_at"))));
		}, links.stream().map(Link::evidenceId).toArray(Long[]::new), links.stream().map(Link::url).toArray(String[]::new));
		return states;
	}

	/** A link evidence's stable id and the address it names. */
	public record Link(long evidenceId, String url) {
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
