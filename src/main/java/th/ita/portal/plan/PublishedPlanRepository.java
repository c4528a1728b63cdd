package th.ita.portal.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import th.ita.portal.report.Report;

public interface PublishedPlanRepository extends Repository<PublishedPlan, Long> {

	PublishedPlan save(PublishedPlan copy);

	Optional<PublishedPlan> findById(Long id);

	void delete(PublishedPlan copy);


	@Query("select p from PublishedPlan p join fetch p.indicator i where p.report = :report order by i.number")
	List<PublishedPlan> findByReport(Report report);

}
