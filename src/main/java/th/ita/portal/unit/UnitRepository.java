package th.ita.portal.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import th.ita.portal.agency.Agency;

public interface UnitRepository extends JpaRepository<Unit, Long> {

	@Query("select u from Unit u where u.agency = :agency and u.active = true order by u.position, u.name")
	List<Unit> findActiveOf(Agency agency);

	@Query("select u from Unit u where u.agency = :agency and u.id in :ids")
	List<Unit> findOf(Agency agency, Collection<Long> ids);

	/** One of the agency's units: another agency's id is nothing. */
	@Query("select u from Unit u where u.agency.id = :agencyId and u.id = :id")
	Optional<Unit> findOfAgency(long agencyId, Long id);

	@Query("select u from Unit u where u.agency.id = :agencyId and u.id in :ids")
	List<Unit> findAllOfAgency(long agencyId, Collection<Long> ids);

	@Query("select u from Unit u where u.agency.id = :agencyId order by u.position, u.name")
	List<Unit> findAllOfAgency(long agencyId);

	@Query("select coalesce(max(u.position), 0) from Unit u where u.agency.id = :agencyId")
	int maxPosition(long agencyId);

	@Query("select count(u) > 0 from Unit u where u.agency.id = :agencyId and lower(u.name) = lower(:name) "
			+ "and (:exceptId is null or u.id <> :exceptId)")
	boolean nameTaken(long agencyId, String name, Long exceptId);

}
