package th.ita.portal.measure;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import th.ita.portal.report.Report;

public interface MeasureRepository extends Repository<Measure, Long> {

	Measure save(Measure measure);

	@EntityGraph(attributePaths = { "report", "report.framework", "report.agency", "unit" })
	/**
	 * The agency's measure of a year, with its report, in one statement; also a deleted one,
	 * so that a save that lost to a deletion can be told apart from a measure that never was.
	 */
	@Query("""
			select m from Measure m join fetch m.report r join fetch r.agency a join fetch r.framework f
			where m.id = :id and a.id = :agencyId and f.fiscalYear = :year""")
	Optional<Measure> findOfYear(long agencyId, int year, Long id);

	/** The report's measures in order, deleted ones left out. */
	@EntityGraph(attributePaths = "unit")
	@Query("select m from Measure m where m.report = :report and m.deletedAt is null order by m.position, m.id")
	List<Measure> findByReport(Report report);

	/** Every measure of the report, deleted ones included, for publishing. */
	@EntityGraph(attributePaths = "unit")
	@Query("select m from Measure m where m.report = :report order by m.position, m.id")
	List<Measure> findAllByReport(Report report);

	@Query("select coalesce(max(m.position), 0) from Measure m where m.report = :report and m.deletedAt is null")
	int lastPosition(Report report);

}
