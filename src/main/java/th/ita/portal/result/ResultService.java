package th.ita.portal.result;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;
import th.ita.portal.common.NotFoundException;
import th.ita.portal.common.RetriedOnLostRace;
import th.ita.portal.common.StaleVersionException;
import th.ita.portal.report.Publications;
import th.ita.portal.report.Audience;
import th.ita.portal.report.PublishedReports;

/**
 * Recording what the NACC published for a year. A save takes the year's publish turn (the report
 * row's lock), refuses a form based on an old version, writes the scores and the result, and
 * stamps the report as published: the public pages and their cache show it from the next request.
 */
@Service
@Transactional(readOnly = true)
public class ResultService {

	private final ResultStore store;

	private final Publications publications;

	private final PublishedReports reports;

	private final AuditLog audit;

	ResultService(ResultStore store, Publications publications, PublishedReports reports, AuditLog audit) {
		this.store = store;
		this.publications = publications;
		this.reports = reports;
		this.audit = audit;
	}

	public List<YearLink> years() {
		return this.store.years();
	}

	public YearScores year(int year) {
		return this.store.year(year).orElseThrow(() -> new NotFoundException("report " + year));
	}

	public ResultRule rule(long frameworkId) {
		return this.store.rule(frameworkId);
	}

	@Transactional
	@RetriedOnLostRace
	public void save(int year, long formVersion, ResultValues values) {
		YearScores before = year(year);
		this.publications.takeTurn(year);
		StaleVersionException.check("result " + year, formVersion, this.store.version(before.reportId()));
		this.store.save(before.reportId(), values.overall(), values.result(), values.tools(), values.indicators());
		this.audit.record(AuditAction.RESULT_RECORDED, year + ": " + describe(before, before.overall(), before.result(), before.tools(), before.indicators()) + " → "
				+ describe(before, values.overall(), values.result(), values.tools(), values.indicators()));
		this.publications.restamp(this.reports.ofYear(year, Audience.STAFF).report(), Instant.now());
	}

	/** The scores in one line for the audit log: overall, result, tools and indicators by number. */
	private static String describe(YearScores year, java.math.BigDecimal overall, String result,
			java.util.Map<th.ita.portal.framework.AssessmentTool, java.math.BigDecimal> tools,
			java.util.Map<Long, java.math.BigDecimal> indicators) {
		String toolText = tools.entrySet().stream().map(e -> e.getKey() + " " + Scores.text(e.getValue()))
			.collect(Collectors.joining(", "));
		String indicatorText = year.indicatorRows().stream().filter(i -> indicators.containsKey(i.id()))
			.map(i -> i.number() + ": " + Scores.text(indicators.get(i.id()))).collect(Collectors.joining(", "));
		return Scores.text(overall) + " " + (result == null ? "" : result) + " [" + toolText + "] [" + indicatorText + "]";
	}

}
