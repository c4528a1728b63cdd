package th.ita.portal.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import th.ita.portal.agency.Agency;

public interface ReportRepository extends Repository<Report, Long> {

	@Query("""
			select r from Report r join fetch r.agency a join fetch r.framework f
			where a.isDefault = true and f.fiscalYear = :year""")
	Optional<Report> findOfDefaultAgency(int year);

	@Query("select r from Report r join fetch r.framework f where r.agency = :agency order by f.fiscalYear desc")
	List<Report> findByAgencyNewestFirst(Agency agency);

	/**
	 * Stamps the report with a publish, without touching its version, so that publishes of
	 * different items never conflict with each other.
	 */
	@Modifying(flushAutomatically = true)
	@Query("""
			update Report r set r.lastPublishedAt = :at
			where r.id = :id and (r.lastPublishedAt is null or r.lastPublishedAt < :at)""")
	int stampPublished(Long id, Instant at);

}
