package th.ita.portal.oit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import th.ita.portal.report.Report;

public interface OitDisclosureRepository extends Repository<OitDisclosure, Long> {

	OitDisclosure save(OitDisclosure disclosure);

	/** A disclosure of the default agency's report of a year, by item code, with what its pages need. */
	@EntityGraph(attributePaths = { "report", "report.framework", "report.agency", "item", "item.subindicator",
			"item.topic", "units" })
	@Query("select d from OitDisclosure d where d.report = :report and d.item.code = :code")
	Optional<OitDisclosure> findInReport(Report report, String code);

	/** All disclosures of a report with their items and units, for the staff list and publishing. */
	@EntityGraph(attributePaths = { "item", "item.subindicator", "item.topic", "units" })
	@Query("select d from OitDisclosure d where d.report = :report order by d.item.number")
	List<OitDisclosure> findByReport(Report report);

}
