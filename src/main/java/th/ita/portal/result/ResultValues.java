package th.ita.portal.result;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.Errors;

import th.ita.portal.framework.AssessmentTool;
import th.ita.portal.result.YearScores.IndicatorRow;

/** The scores of a result form once read and checked; problems go to the form's errors by message key. */
record ResultValues(BigDecimal overall, String result, Map<AssessmentTool, BigDecimal> tools,
		Map<Long, BigDecimal> indicators) {

	static final int MAX_RESULT = 100;

	static ResultValues read(ResultForm form, YearScores year, Errors errors) {
		BigDecimal overall = score(form.getOverall(), "overall", errors);
		Map<AssessmentTool, BigDecimal> tools = new EnumMap<>(AssessmentTool.class);
		for (AssessmentTool tool : AssessmentTool.values()) {
			BigDecimal value = score(form.getTools().get(tool.name()), "tools[" + tool.name() + "]", errors);
			if (value != null) {
				tools.put(tool, value);
			}
		}
		Map<Long, BigDecimal> indicators = new LinkedHashMap<>();
		for (IndicatorRow row : year.indicatorRows()) {
			String key = Long.toString(row.id());
			BigDecimal value = score(form.getIndicators().get(key), "indicators[" + key + "]", errors);
			if (value != null) {
				indicators.put(row.id(), value);
			}
		}
		String result = (form.getResult() == null) ? "" : form.getResult().strip();
		return new ResultValues(overall, result, tools, indicators);
	}

	/** What a save needs besides well-formed scores: an overall score and a result. */
	void requireComplete(Errors errors) {
		if (this.overall == null && !errors.hasFieldErrors("overall")) {
			errors.rejectValue("overall", "result.validation.overall-required");
		}
		if (this.result.isEmpty()) {
			errors.rejectValue("result", "result.validation.result-required");
		}
		else if (this.result.length() > MAX_RESULT) {
			errors.rejectValue("result", "result.validation.result-long", new Object[] { MAX_RESULT }, null);
		}
	}

	private static BigDecimal score(String text, String field, Errors errors) {
		try {
			return Scores.parse(text);
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(field, "result.validation.score");
			return null;
		}
	}

}
