package th.ita.portal.framework;

import java.time.Instant;

/** A framework as the list shows it: what it is, how big, and how many agencies' years use it. */
public record FrameworkSummary(long id, int fiscalYear, String name, String variant, Instant createdAt,
		int items, int reports) {

	public boolean used() {
		return this.reports > 0;
	}

}
