package th.ita.portal.oit;

import java.time.Instant;

/**
 * Told when an OIT disclosure is published, inside the publishing transaction, so that what
 * hangs off a disclosure (its evidence) is published with it, atomically.
 */
public interface DisclosurePublishListener {

	/**
	 * Makes the disclosure's current attachments public.
	 * @return a plain-text description of what is now public (one line per attachment), kept in
	 * the history so anyone can see what the public saw on a given date
	 */
	String published(OitDisclosure disclosure, Instant at, String by);

}
