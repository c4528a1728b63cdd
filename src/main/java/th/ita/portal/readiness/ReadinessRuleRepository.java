package th.ita.portal.readiness;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import th.ita.portal.framework.Framework;
import th.ita.portal.framework.OitItem;

interface ReadinessRuleRepository extends Repository<ReadinessRule, Long> {

	ReadinessRule save(ReadinessRule rule);

	void delete(ReadinessRule rule);

	void flush();

	Optional<ReadinessRule> findById(Long id);

	/** A framework's rules with their items, in the items' order: one statement. */
	@Query("select r from ReadinessRule r join fetch r.item i where i.framework = :framework order by i.number")
	List<ReadinessRule> findByFramework(Framework framework);

	@Query("select r from ReadinessRule r where r.item = :item")
	Optional<ReadinessRule> findByItem(OitItem item);

}
