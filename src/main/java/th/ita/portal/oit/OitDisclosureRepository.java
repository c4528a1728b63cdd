package th.ita.portal.oit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import th.ita.portal.report.Report;

public interface OitDisclosureRepository extends Repository<OitDisclosure, Long> {

	OitDisclosure save(OitDisclosure disclosure);

	/** A disclosure of the agency's report of a year, by item code, with what its pages need. */
	@EntityGraph(attributePaths = { "report", "report.framework", "report.agency", "item", "item.subindicator",
			"item.topic", "units" })
	/** The agency's disclosure of a year's item, with its report, in one statement. */
	@Query("""
			select d from OitDisclosure d join fetch d.report r join fetch r.agency a join fetch r.framework f
			where a.id = :agencyId and f.fiscalYear = :year and lower(d.item.code) = lower(:code)""")
	Optional<OitDisclosure> findOfYear(long agencyId, int year, String code);

	/** All disclosures of a report with their items and units, for the staff list and publishing. */
	@EntityGraph(attributePaths = { "item", "item.subindicator", "item.topic", "units" })
	@Query("select d from OitDisclosure d where d.report = :report order by d.item.number")
	List<OitDisclosure> findByReport(Report report);

}
