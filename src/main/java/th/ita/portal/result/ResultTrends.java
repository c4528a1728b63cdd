package th.ita.portal.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.framework.AssessmentTool;
import th.ita.portal.report.Report;

/**
 * The public trend of the agency's years: the overall score and result come with the reports the
 * home page has already read; the tool scores of every year are one more statement.
 * An empty list of years is not asked about.
 */
@Service
@Transactional(readOnly = true)
public class ResultTrends {

	private final EntityManager entityManager;

	ResultTrends(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The tool scores of the given reports: one statement, whatever the number of years. Read
	 * through JPA, not JdbcTemplate, so that the statement budgets (Hibernate's statistics) see it.
	 */
	@SuppressWarnings("unchecked")
	private List<Object[]> toolScores(List<Long> reportIds) {
		return this.entityManager
			.createNativeQuery("select report_id, tool, score from report_score where tool is not null and report_id in (:ids)")
			.setParameter("ids", reportIds)
			.getResultList();
	}

	public Trend of(List<Report> years) {
		if (years.isEmpty()) {
			return new Trend(List.of());
		}
		Map<Long, Map<AssessmentTool, BigDecimal>> tools = new HashMap<>();
		for (Object[] row : toolScores(years.stream().map(Report::getId).toList())) {
			tools.computeIfAbsent(((Number) row[0]).longValue(), id -> new EnumMap<>(AssessmentTool.class))
				.put(AssessmentTool.valueOf((String) row[1]), (BigDecimal) row[2]);
		}
		List<Trend.YearPoint> points = new ArrayList<>();
		for (Report r : years) {
			Map<AssessmentTool, BigDecimal> t = tools.getOrDefault(r.getId(), Map.of());
			points.add(new Trend.YearPoint(r.getFiscalYear(), r.getOverallScore(), t.get(AssessmentTool.IIT),
					t.get(AssessmentTool.EIT), t.get(AssessmentTool.OIT), r.getResult()));
		}
		points.sort(Comparator.comparingInt(Trend.YearPoint::year));
		return new Trend(points);
	}

}
