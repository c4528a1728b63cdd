package th.ita.portal.evidence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface PublishedEvidenceRepository extends Repository<PublishedEvidence, Long> {

	PublishedEvidence save(PublishedEvidence evidence);

	void delete(PublishedEvidence evidence);

	/** What the public sees of a disclosure, in order: one statement. */
	@Query("select e from PublishedEvidence e where e.disclosureId = :disclosureId order by e.position, e.id")
	List<PublishedEvidence> findByDisclosureId(Long disclosureId);

	/**
	 * A published file of the agency's item of a year, by its stable (draft) id and the item's
	 * code in any case, with the code as the framework writes it, or nothing.
	 */
	@Query("""
			select new th.ita.portal.evidence.PublishedEvidenceRepository$OfItem(d.item.code, e)
			from PublishedEvidence e, PublishedDisclosure d
			where d.disclosureId = e.disclosureId and e.evidenceId = :id
			and e.kind = th.ita.portal.evidence.EvidenceKind.FILE
			and d.report.agency.id = :agencyId and d.report.framework.fiscalYear = :year and lower(d.item.code) = lower(:code)""")
	Optional<OfItem> findPublishedFile(long agencyId, int year, String code, Long id);

	/** Every published evidence of the agency's year with its item's code, in order: one statement. */
	@Query("""
			select new th.ita.portal.evidence.PublishedEvidenceRepository$OfItem(d.item.code, e)
			from PublishedEvidence e, PublishedDisclosure d
			where d.disclosureId = e.disclosureId
			and d.report.agency.id = :agencyId and d.report.framework.fiscalYear = :year
			order by d.item.number, e.position, e.id""")
	List<OfItem> findPublishedOfYear(long agencyId, int year);

	/** Every published evidence of a report with the components it covers, in order: one statement. */
	@Query("""
			select e from PublishedEvidence e left join fetch e.componentIds
			where e.disclosureId in (select d.disclosureId from PublishedDisclosure d where d.report = :report)
			order by e.disclosureId, e.position, e.id""")
	List<PublishedEvidence> findByReportWithComponents(th.ita.portal.report.Report report);

	record OfItem(String code, PublishedEvidence evidence) {
	}

	@Query("select count(e) > 0 from PublishedEvidence e where e.file.storageKey = :storageKey")
	boolean existsByStorageKey(String storageKey);

}
