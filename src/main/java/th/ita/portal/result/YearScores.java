package th.ita.portal.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import th.ita.portal.framework.AssessmentTool;

/**
 * What is recorded of one year of the default agency: its report and framework, the overall
 * score and confirmed result, the score of each tool and of each indicator (by indicator id).
 */
public record YearScores(long reportId, int year, long frameworkId, String frameworkName, long version,
		BigDecimal overall, String result, Map<AssessmentTool, BigDecimal> tools, Map<Long, BigDecimal> indicators,
		List<IndicatorRow> indicatorRows) {

	/** An indicator of the year's framework. */
	public record IndicatorRow(long id, int number, String name, String tool) {
	}

}
