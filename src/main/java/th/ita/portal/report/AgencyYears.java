package th.ita.portal.report;

import java.util.List;

/**
 * The fiscal years a year's page links in its year switcher, newest first: for a public page the
 * agency's published years, for a staff page every opened year. Read in the same statement as the
 * page's report ({@link PublishedReports#ofYear}) and put in the model as {@code agencyYears} by
 * {@link ReportOfYear}; it is view data, not part of the report.
 */
public record AgencyYears(List<Integer> years) {

	public AgencyYears {
		years = List.copyOf(years);
	}

	/** The year switcher's model attribute. */
	public static final String MODEL = "agencyYears";

}
