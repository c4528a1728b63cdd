package th.ita.portal.report;

/**
 * Who a year's report is read for. The public sees a year only once something of it has been
 * published (its report carries a publish stamp); staff see every year the agency has opened.
 */
public enum Audience {

	/** Published years only: a year opened but not published is unknown (404), and not listed. */
	PUBLIC,

	/** Every opened year, published or not. */
	STAFF;

	boolean sees(Report report) {
		return this == STAFF || report.isPublished();
	}

}
