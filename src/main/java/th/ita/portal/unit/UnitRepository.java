package th.ita.portal.unit;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import th.ita.portal.agency.Agency;

public interface UnitRepository extends JpaRepository<Unit, Long> {

	@Query("select u from Unit u where u.agency = :agency and u.active = true order by u.position, u.name")
	List<Unit> findActiveOf(Agency agency);

	@Query("select u from Unit u where u.agency = :agency and u.id in :ids")
	List<Unit> findOf(Agency agency, Collection<Long> ids);

	@Query("select u from Unit u where u.agency.isDefault = true order by u.position, u.name")
	List<Unit> findAllOfDefaultAgency();

	@Query("select coalesce(max(u.position), 0) from Unit u where u.agency.isDefault = true")
	int maxPosition();

	@Query("select count(u) > 0 from Unit u where u.agency.isDefault = true and lower(u.name) = lower(:name) "
			+ "and (:exceptId is null or u.id <> :exceptId)")
	boolean nameTaken(String name, Long exceptId);

}
