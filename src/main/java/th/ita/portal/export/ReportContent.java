package th.ita.portal.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import th.ita.portal.common.ProgressStatus;

/**
 * What one export reads from the database, published or draft, as plain values detached from JPA.
 * Rich-text fields hold the stored sanitized HTML. {@code lastPublishedAt} is when anything of the
 * report was last published (null before the first publish), read with it.
 */
record ReportContent(int year, String agency, String district, String province, BigDecimal overallScore,
		String result, boolean drafts, List<MeasureData> measures, List<PlanData> plans, List<ItemData> items,
		Instant lastPublishedAt) {

	record MeasureData(int position, String name, String method, String period, String responsible, String summary,
			String outcome) {
	}

	record PlanData(int indicator, String indicatorName, String guideline, String responsible, String period,
			ProgressStatus status, String progress) {
	}

	/** An OIT item in framework order, with what the agency disclosed for it (null fields when nothing). */
	record ItemData(int number, String code, String title, String subindicatorCode, String subindicatorName,
			String topic, List<Component> components, String responsible, ProgressStatus status, String progress) {
	}

	record Component(int depth, String text) {
	}

}
