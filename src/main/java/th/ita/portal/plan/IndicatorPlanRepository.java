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
	/** The agency's plan of a year's indicator, with its report, in one statement. */
	@Query("""
			select p from IndicatorPlan p join fetch p.report r join fetch r.agency a join fetch r.framework f
			where a.id = :agencyId and f.fiscalYear = :year and p.indicator.number = :number""")
	Optional<IndicatorPlan> findOfYear(long agencyId, int year, int number);

	@EntityGraph(attributePaths = { "indicator", "unit" })
	@Query("select p from IndicatorPlan p where p.report = :report order by p.indicator.number")
	List<IndicatorPlan> findByReport(Report report);

}
