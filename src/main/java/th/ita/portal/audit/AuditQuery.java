package th.ita.portal.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.common.ThaiDates;

/** Reads the audit log for admins and auditors: newest first, filtered, a page at a time. */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
public class AuditQuery {

	public static final int PAGE_SIZE = 50;

	private final AuditEntryRepository entries;

	private final CurrentAgency agency;

	AuditQuery(AuditEntryRepository entries, CurrentAgency agency) {
		this.entries = entries;
		this.agency = agency;
	}

	/** The highest page number asked for that is read as such; its first row still fits an int. */
	static final int MAX_PAGE = Integer.MAX_VALUE / PAGE_SIZE - 1;

	/** A page of the request's agency's matching entries; a page number past the last gets the last page. */
	@Transactional(readOnly = true)
	public Page<AuditEntry> find(AuditFilter filter) {
		Sort newestFirst = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"));
		int page = Math.min(filter.getPage(), MAX_PAGE);
		Page<AuditEntry> found = this.entries.findAll(matching(this.agency.id(), filter), PageRequest.of(page, PAGE_SIZE, newestFirst));
		if (found.getContent().isEmpty() && page > 0 && found.getTotalElements() > 0) {
			found = this.entries.findAll(matching(this.agency.id(), filter),
					PageRequest.of(found.getTotalPages() - 1, PAGE_SIZE, newestFirst));
		}
		return found;
	}

	static Specification<AuditEntry> matching(long agencyId, AuditFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("agencyId"), agencyId));
			if (filter.getFrom() != null) {
				Instant from = filter.getFrom().atStartOfDay(ThaiDates.BANGKOK).toInstant();
				where.add(cb.greaterThanOrEqualTo(root.get("at"), from));
			}
			if (filter.getTo() != null) {
				Instant to = filter.getTo().plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant();
				where.add(cb.lessThan(root.get("at"), to));
			}
			if (!filter.getUser().isEmpty()) {
				where.add(cb.equal(root.get("username"), filter.getUser().toLowerCase(java.util.Locale.ROOT)));
			}
			if (filter.getAction() != null) {
				where.add(cb.equal(root.get("action"), filter.getAction()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
