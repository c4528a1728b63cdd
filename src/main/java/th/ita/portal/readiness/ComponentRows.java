package th.ita.portal.readiness;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import th.ita.portal.framework.Framework;
import th.ita.portal.framework.OitItemComponent;

/** The components of a framework's items, for readiness. */
interface ComponentRows extends Repository<OitItemComponent, Long> {

	/** Every component of a framework's items, item by item in order: one statement. */
	@Query("""
			select new th.ita.portal.readiness.ComponentRow(i.id, c.id, c.position, c.depth, c.text)
			from OitItemComponent c join c.item i where i.framework = :framework order by i.number, c.position""")
	List<ComponentRow> findByFramework(Framework framework);

}
