package th.ita.portal.linkcheck;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import th.ita.portal.report.ReportPublished;

/**
 * Proof at publish: once a publish has committed, each link it made public ({@code evidence_pub}
 * rows of that publish time) is fetched (GET, the first 64 KB read and hashed) and its answer kept
 * in {@code published_link_proof} beside the published copy. Fetching waits for the commit, so the
 * year's publishing lock is never held across the network; it runs in the bounded pool, in
 * parallel (a whole year's publish at once), and the publisher waits at most
 * {@code ita.linkcheck.publish-timeout} for it. A link that is down is recorded as such: a publish
 * never fails because of a link.
 */
@Component
class PublishProofs {

	private static final Logger log = LoggerFactory.getLogger(PublishProofs.class);

	private final LinkCheckSettings settings;

	private final LinkCheckPool pool;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	PublishProofs(LinkCheckSettings settings, LinkCheckPool pool, JdbcTemplate jdbc,
			PlatformTransactionManager transactions) {
		this.settings = settings;
		this.pool = pool;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void published(ReportPublished event) {
		if (!this.settings.atPublish()) {
			return;
		}
		try {
			takeProofs(event);
		}
		catch (RuntimeException ex) {
			log.warn("Proofs of the links published at {} were not kept: {}", event.at(), ex.toString());
		}
	}

	private void takeProofs(ReportPublished event) {
		// The links of this publish (its time, to the millisecond) with no proof yet: a publish of a
		// whole year raises the event once per record, and the first one takes every proof.
		List<Published> links = this.ownTransaction.execute(tx -> this.jdbc.query("""
				select ep.id, ep.disclosure_id, ep.title, ep.url, ep.published_at from evidence_pub ep
				join oit_disclosure d on d.id = ep.disclosure_id
				where d.report_id = ? and ep.kind = 'LINK'
				  and ep.published_at between ?::timestamptz - interval '1 millisecond' and ?::timestamptz + interval '1 millisecond'
				  and not exists (select 1 from published_link_proof p where p.evidence_pub_id = ep.id)
				order by ep.disclosure_id, ep.position""",
				(rs, n) -> new Published(rs.getLong("id"), rs.getLong("disclosure_id"), rs.getString("title"),
						rs.getString("url"), rs.getTimestamp("published_at")),
				event.reportId(), Timestamp.from(event.at()), Timestamp.from(event.at())));
		if (links == null || links.isEmpty()) {
			return;
		}
		Map<String, LinkAnswer> answers = this.pool.fetch(links.stream().map(Published::url).toList(), true,
				this.settings.publishTimeout());
		List<Object[]> rows = new ArrayList<>();
		for (Published link : links) {
			LinkAnswer a = answers.get(link.url());
			rows.add(new Object[] { link.disclosureId(), link.id(), link.publishedAt(), link.title(), link.url(),
					a.status().name(), a.reason() == null ? null : a.reason().name(), a.httpStatus(), a.finalUrl(),
					a.contentType(), a.sizeBytes(), a.sha256(), Timestamp.from(a.at()) });
		}
		this.ownTransaction.executeWithoutResult(tx -> this.jdbc.batchUpdate("""
				insert into published_link_proof (disclosure_id, evidence_pub_id, published_at, title, url, status,
				    reason, http_status, final_url, content_type, size_bytes, sha256, fetched_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows));
	}

	private record Published(long id, long disclosureId, String title, String url, Timestamp publishedAt) {
	}

}
