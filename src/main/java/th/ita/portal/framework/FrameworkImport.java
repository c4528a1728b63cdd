package th.ita.portal.framework;

import java.util.List;

/** What an admin sent to import: the form's fields and the file. */
record FrameworkImport(String year, String name, String variant, String filename, long size, byte[] bytes) {

	static final int MIN_YEAR = 2500;

	static final int MAX_YEAR = 2700;

	/** The year as a number (Thai digits too), checked; null with a problem noted when wrong. */
	Integer fiscalYear(List<ImportProblem> problems) {
		String text = (this.year == null) ? "" : this.year.strip();
		if (text.isEmpty()) {
			problems.add(ImportProblem.of(0, "year", "missing-year"));
			return null;
		}
		try {
			int value = Integer.parseInt(text); // Integer.parseInt reads Thai digits as well
			if (value >= MIN_YEAR && value <= MAX_YEAR) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(ImportProblem.of(0, "year", "bad-year", MIN_YEAR, MAX_YEAR));
		return null;
	}

	String cleanName() {
		return (this.name == null) ? "" : this.name.strip();
	}

	String cleanVariant() {
		return (this.variant == null) ? "" : this.variant.strip();
	}

}
