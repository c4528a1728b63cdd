package th.ita.portal.history;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import th.ita.portal.report.Report;

public interface RevisionRepository extends Repository<Revision, Long> {

	Revision save(Revision revision);

	@EntityGraph(attributePaths = "fields")
	@Query("""
			select r from Revision r where r.report = :report and r.entityType = :kind and r.entityId = :id
			order by r.at desc, r.id desc""")
	List<Revision> findOfEntity(Report report, EntityKind kind, Long id);

	/**
	 * One page of the report's revisions, newest first, each with the number of all of them, in one
	 * statement (a {@code Page} would count them in a second one, but only once there are more
	 * than a page's worth).
	 */
	@Query("""
			select new th.ita.portal.history.RevisionRepository$Counted(r, count(*) over ())
			from Revision r where r.report = :report order by r.at desc, r.id desc""")
	List<Counted> findOfReport(Report report, Pageable pageable);

	@Query("select count(r) from Revision r where r.report = :report")
	long countOfReport(Report report);

	/** A revision and how many the whole list has. */
	record Counted(Revision revision, long total) {
	}

	/** The publishes of an entity up to a moment, newest first: the first is what the public saw then. */
	@EntityGraph(attributePaths = "fields")
	@Query("""
			select r from Revision r where r.report = :report and r.entityType = :kind and r.entityId = :id
			and r.action = th.ita.portal.history.RevisionAction.PUBLISH and r.at <= :at
			order by r.at desc, r.id desc""")
	List<Revision> findPublishedUpTo(Report report, EntityKind kind, Long id, Instant at);

}
