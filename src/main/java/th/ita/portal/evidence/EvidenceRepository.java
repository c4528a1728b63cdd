package th.ita.portal.evidence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import th.ita.portal.oit.OitDisclosure;

interface EvidenceRepository extends Repository<Evidence, Long> {

	Evidence save(Evidence evidence);

	void delete(Evidence evidence);

	Optional<Evidence> findById(Long id);

	/** A piece of evidence of the agency's reports: another agency's id is nothing. */
	@Query("select e from Evidence e where e.id = :id and e.disclosure.report.agency.id = :agencyId")
	Optional<Evidence> findOfAgency(long agencyId, Long id);

	/** A disclosure's evidence in order, with the components each covers: one statement. */
	@Query("select e from Evidence e left join fetch e.componentIds where e.disclosure = :disclosure order by e.position, e.id")
	List<Evidence> findByDisclosure(OitDisclosure disclosure);

	@Query("select count(e) > 0 from Evidence e where e.file.storageKey = :storageKey")
	boolean existsByStorageKey(String storageKey);

}
