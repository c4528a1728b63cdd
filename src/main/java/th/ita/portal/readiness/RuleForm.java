package th.ita.portal.readiness;

import th.ita.portal.common.PeriodForm;

/** A readiness rule as an admin types it: the item's code, the period in พ.ศ., and its source. */
public class RuleForm extends PeriodForm {

	static final int MAX_SOURCE = 500;

	private String code = "";

	private String source = "";

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code == null ? "" : code.strip();
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source == null ? "" : source.strip();
	}

}
