package th.ita.portal.measure;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import th.ita.portal.report.Report;

public interface PublishedMeasureRepository extends Repository<PublishedMeasure, Long> {

	PublishedMeasure save(PublishedMeasure copy);

	Optional<PublishedMeasure> findById(Long id);

	void delete(PublishedMeasure copy);


	@Query("select m from PublishedMeasure m where m.report = :report order by m.position")
	List<PublishedMeasure> findByReport(Report report);

}
