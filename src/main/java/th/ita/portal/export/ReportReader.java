package th.ita.portal.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.export.ReportContent.Component;
import th.ita.portal.export.ReportContent.ItemData;
import th.ita.portal.export.ReportContent.MeasureData;
import th.ita.portal.export.ReportContent.PlanData;
import th.ita.portal.framework.OitItemRepository;
import th.ita.portal.report.Audience;
import th.ita.portal.report.PublishedReports;
import th.ita.portal.report.Report;

/**
 * Reads a year's report for an export in a fixed number of statements, whatever its size: the
 * report, the OIT items, their components, then the measures, plans and disclosures, either as
 * published or as drafted (deleted measures left out).
 */
@Service
@Transactional(readOnly = true)
public class ReportReader {

	private final PublishedReports reports;

	private final OitItemRepository items;

	private final DraftOrPublished rows;

	private final EntityManager em;

	ReportReader(PublishedReports reports, OitItemRepository items, DraftOrPublished rows, EntityManager em) {
		this.reports = reports;
		this.items = items;
		this.rows = rows;
		this.em = em;
	}

	public ReportContent read(int year, boolean drafts, Audience audience) {
		Report report = this.reports.ofYear(year, audience).report();
		var agency = report.getAgency();
		List<MeasureData> measures = this.rows.measures(report, drafts);
		List<PlanData> plans = this.rows.plans(report, drafts);
		Map<Long, DraftOrPublished.Disclosed> disclosed = this.rows.disclosures(report, drafts);
		Map<Long, List<Component>> components = components(report);
		List<ItemData> itemData = this.items.findByFramework(report.getFramework()).stream().map(item -> {
			var d = disclosed.getOrDefault(item.getId(), DraftOrPublished.Disclosed.NOTHING);
			return new ItemData(item.getNumber(), item.getCode(), item.getTitle(), item.getSubindicator().getCode(),
					item.getSubindicator().getName(), item.getTopic() == null ? null : item.getTopic().getName(),
					components.getOrDefault(item.getId(), List.of()), d.responsible(), d.status(), d.progress());
		}).toList();
		return new ReportContent(year, agency.getName(), agency.getDistrict(), agency.getProvince(),
				report.getOverallScore(), report.getResult(), drafts, measures, plans, itemData,
				report.getLastPublishedAt());
	}

	/** Every item's components of the report's year, in one statement. */
	private Map<Long, List<Component>> components(Report report) {
		List<Object[]> rows = this.em.createQuery("""
				select i.id, c.depth, c.text from OitItemComponent c join c.item i
				where i.framework = :framework order by i.number, c.position""", Object[].class)
			.setParameter("framework", report.getFramework())
			.getResultList();
		Map<Long, List<Component>> byItem = new HashMap<>();
		for (Object[] row : rows) {
			byItem.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>())
				.add(new Component(((Number) row[1]).intValue(), (String) row[2]));
		}
		return byItem;
	}

}
