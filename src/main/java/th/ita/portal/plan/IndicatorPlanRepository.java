package th.ita.portal.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import th.ita.portal.report.Report;

public interface IndicatorPlanRepository extends Repository<IndicatorPlan, Long> {

	IndicatorPlan save(IndicatorPlan plan);

	@EntityGraph(attributePaths = { "report", "report.framework", "report.agency", "indicator", "unit" })
	@Query("select p from IndicatorPlan p where p.report = :report and p.indicator.number = :number")
	Optional<IndicatorPlan> findInReport(Report report, int number);

	@EntityGraph(attributePaths = { "indicator", "unit" })
	@Query("select p from IndicatorPlan p where p.report = :report order by p.indicator.number")
	List<IndicatorPlan> findByReport(Report report);

}
