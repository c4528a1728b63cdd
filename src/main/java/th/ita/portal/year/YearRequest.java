package th.ita.portal.year;

/**
 * What an admin typed to open a year, as typed (so that it survives a refusal): the year, the
 * framework's id and, optionally, the year to carry from. {@code confirm} is set by the preview's
 * button.
 */
public class YearRequest {

	private String year = "";

	private String framework = "";

	private String carryFrom = "";

	private boolean confirm;

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = (year == null) ? "" : year.trim();
	}

	public String getFramework() {
		return this.framework;
	}

	public void setFramework(String framework) {
		this.framework = (framework == null) ? "" : framework.trim();
	}

	public String getCarryFrom() {
		return this.carryFrom;
	}

	public void setCarryFrom(String carryFrom) {
		this.carryFrom = (carryFrom == null) ? "" : carryFrom.trim();
	}

	public boolean isConfirm() {
		return this.confirm;
	}

	public void setConfirm(boolean confirm) {
		this.confirm = confirm;
	}

}
