package th.ita.portal.framework;

/** The import form's typed fields, kept when the import is refused. */
public class ImportForm {

	private String year = "";

	private String name = "";

	private String variant = "";

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getVariant() {
		return this.variant;
	}

	public void setVariant(String variant) {
		this.variant = variant;
	}

}
