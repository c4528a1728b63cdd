package th.ita.portal.result;

import java.util.LinkedHashMap;
import java.util.Map;

import th.ita.portal.framework.AssessmentTool;

/**
 * The result form of a year, as typed: scores are text so that a wrong one comes back as it was
 * typed. Tools are keyed IIT, EIT, OIT; indicators by their id.
 */
public class ResultForm {

	private long version;

	private String overall = "";

	private String result = "";

	private Map<String, String> tools = new LinkedHashMap<>();

	private Map<String, String> indicators = new LinkedHashMap<>();

	static ResultForm of(YearScores year) {
		ResultForm form = new ResultForm();
		form.version = year.version();
		form.overall = Scores.text(year.overall());
		form.result = (year.result() == null) ? "" : year.result();
		for (AssessmentTool tool : AssessmentTool.values()) {
			form.tools.put(tool.name(), Scores.text(year.tools().get(tool)));
		}
		year.indicatorRows().forEach(i -> form.indicators.put(Long.toString(i.id()), Scores.text(year.indicators().get(i.id()))));
		return form;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getOverall() {
		return this.overall;
	}

	public void setOverall(String overall) {
		this.overall = overall;
	}

	public String getResult() {
		return this.result;
	}

	public void setResult(String result) {
		this.result = result;
	}

	public Map<String, String> getTools() {
		return this.tools;
	}

	public void setTools(Map<String, String> tools) {
		this.tools = tools;
	}

	public Map<String, String> getIndicators() {
		return this.indicators;
	}

	public void setIndicators(Map<String, String> indicators) {
		this.indicators = indicators;
	}

}
