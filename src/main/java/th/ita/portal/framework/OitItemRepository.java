package th.ita.portal.framework;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface OitItemRepository extends Repository<OitItem, Long> {

	/** All items of a year with their sub-indicator and topic, in one statement. */
	@Query("""
			select i from OitItem i join fetch i.subindicator s left join fetch i.topic t
			where i.framework = :framework order by s.position, i.number""")
	List<OitItem> findByFramework(Framework framework);

	/** One item with its components, sub-indicator and topic, in one statement. */
	@Query("""
			select distinct i from OitItem i join fetch i.subindicator s left join fetch i.topic t
			left join fetch i.components c
			where i.framework = :framework and lower(i.code) = lower(:code)""")
	Optional<OitItem> findWithComponents(Framework framework, String code);

}
