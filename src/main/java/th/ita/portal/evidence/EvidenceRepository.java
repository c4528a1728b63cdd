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

	@Query("select e from Evidence e where e.disclosure = :disclosure order by e.position, e.id")
	List<Evidence> findByDisclosure(OitDisclosure disclosure);

	@Query("select count(e) > 0 from Evidence e where e.file.storageKey = :storageKey")
	boolean existsByStorageKey(String storageKey);

}
