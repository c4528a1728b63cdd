package th.ita.portal.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import th.ita.portal.agency.Agency;

public interface ReportRepository extends Repository<Report, Long> {

	/** Every report of an agency, newest year first, with its agency and framework. */
	@Query("""
			select r from Report r join fetch r.agency a join fetch r.framework f
			where a.id = :agencyId order by f.fiscalYear desc""")
	List<Report> findAllOfAgency(long agencyId);

	@Query("select r from Report r join fetch r.framework f where r.agency = :agency order by f.fiscalYear desc")
	List<Report> findByAgencyNewestFirst(Agency agency);

	/**
	 * Locks the row of an agency's report of a year until the transaction ends, so that
	 * publishes of one report take turns (see {@link Publications#takeTurn}). "No key update", the
	 * lock an update of the row takes, leaves alone the key-share locks that inserts of rows that
	 * refer to the report (revisions) take: a save never waits for a publish.
	 */
	@Query(value = """
			select r.id from report r join agency a on a.id = r.agency_id join framework f on f.id = r.framework_id
			where a.id = :agencyId and f.fiscal_year = :year for no key update of r""", nativeQuery = true)
	Optional<Long> lockOfAgency(long agencyId, int year);

	/**
	 * Stamps the report with a publish, without touching its version, so that publishes of
	 * different items never conflict with each other.
	 */
	@Modifying(flushAutomatically = true)
	@Query("""
			update Report r set r.lastPublishedAt = :at
			where r.id = :id and (r.lastPublishedAt is null or r.lastPublishedAt < :at)""")
	int stampPublished(Long id, Instant at);

	/** Stamps the report as {@link #stampPublished} does, only when it was published before. */
	@Modifying(flushAutomatically = true)
	@Query("""
			update Report r set r.lastPublishedAt = :at
			where r.id = :id and r.lastPublishedAt is not null and r.lastPublishedAt < :at""")
	int restampPublished(Long id, Instant at);

}
