package th.ita.portal.unit;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import th.ita.portal.agency.Agency;

public interface UnitRepository extends Repository<Unit, Long> {

	@Query("select u from Unit u where u.agency = :agency and u.active = true order by u.position, u.name")
	List<Unit> findActiveOf(Agency agency);

	@Query("select u from Unit u where u.agency = :agency and u.id in :ids")
	List<Unit> findOf(Agency agency, Collection<Long> ids);

}
