package th.ita.portal.measure;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import th.ita.portal.report.Report;

public interface PublishedMeasureRepository extends Repository<PublishedMeasure, Long> {

	@Query("select m from PublishedMeasure m where m.report = :report order by m.position")
	List<PublishedMeasure> findByReport(Report report);

}
