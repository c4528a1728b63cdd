package th.ita.portal.oit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import th.ita.portal.framework.Framework;
import th.ita.portal.framework.OitItem;
import th.ita.portal.report.Report;

public interface PublishedDisclosureRepository extends Repository<PublishedDisclosure, Long> {

	PublishedDisclosure save(PublishedDisclosure copy);

	Optional<PublishedDisclosure> findById(Long id);

	@Query("select d from PublishedDisclosure d where d.report = :report")
	List<PublishedDisclosure> findByReport(Report report);

	@Query("select d from PublishedDisclosure d where d.report = :report and d.item = :item")
	Optional<PublishedDisclosure> findByReportAndItem(Report report, OitItem item);

	/** Items done per sub-indicator, as published, in one statement. */
	@Query("""
			select new th.ita.portal.oit.SubindicatorProgress(s.code, s.name, count(i),
			  sum(case when d.status = th.ita.portal.common.ProgressStatus.DONE then 1 else 0 end))
			from OitItem i join i.subindicator s
			left join PublishedDisclosure d on d.item = i and d.report = :report
			where i.framework = :framework
			group by s.id, s.code, s.name, s.position order by s.position""")
	List<SubindicatorProgress> progressBySubindicator(Framework framework, Report report);

}
