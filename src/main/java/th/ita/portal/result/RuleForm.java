package th.ita.portal.result;

/** The result rule form: the rule as text (see {@link RuleText}) and the version it was based on. */
public class RuleForm {

	private long version;

	private String levels = "";

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getLevels() {
		return this.levels;
	}

	public void setLevels(String levels) {
		this.levels = levels;
	}

}
