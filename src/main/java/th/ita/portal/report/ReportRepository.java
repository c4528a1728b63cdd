package th.ita.portal.report;

import java.util.List;
import java.util.Optional;

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

}
