package th.ita.portal.linkcheck;

import java.time.Duration;
import java.time.Instant;

/**
 * What the link monitor last learnt of one link evidence.
 * @param status OK, BROKEN, REFUSED or PENDING (see {@link LinkStatus})
 * @param reason why it is not OK (NOT_FOUND, SIGN_IN_PAGE, TIMEOUT, ...; see {@link LinkReason}), or null
 * @param firstFailureAt when the current run of failures began, or null while the link works
 * @param checkedAt when it was last checked, or null if never
 */
public record LinkState(String status, String reason, Instant firstFailureAt, Instant checkedAt) {

	/** Not checked yet. */
	public static final LinkState PENDING = new LinkState(LinkStatus.PENDING.name(), null, null, null);

	/** The last check failed: the site did not serve the page (BROKEN) or it was never fetched (REFUSED). */
	public boolean failing() {
		return LinkStatus.BROKEN.name().equals(this.status) || LinkStatus.REFUSED.name().equals(this.status);
	}

	/** Failing, and failing for more than a day (24 hours) at {@code now}: the item needs attention. */
	public boolean brokenMoreThanADay(Instant now) {
		return failing() && this.firstFailureAt != null
				&& this.firstFailureAt.isBefore(now.minus(Duration.ofDays(1)));
	}

}
