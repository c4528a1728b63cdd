package th.ita.portal.linkcheck;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The link monitor's settings ({@code ita.linkcheck.*}, see docs/linkcheck.md). None of them can
 * make the portal fetch a loopback, private, link-local or metadata address.
 * @param monitor whether the daily run happens (the test profile turns it off)
 * @param cron when the daily run starts (Spring's six-field cron, Bangkok time)
 * @param concurrency links fetched at once, at most; also the HTTP connections kept open
 * @param perHostInterval the least time between two requests to one host
 * @param timeout the connect and read timeouts of one request
 * @param publishTimeout how long a publish waits, in all, for its links' proofs
 * @param atPublish whether a publish fetches its links as proof (the test profile turns it off)
 * @param allowedPorts ports other than 80 and 443 that links may name
 */
@ConfigurationProperties("ita.linkcheck")
record LinkCheckSettings(@DefaultValue("true") boolean monitor, @DefaultValue("0 30 2 * * *") String cron,
		@DefaultValue("4") int concurrency, @DefaultValue("1s") Duration perHostInterval,
		@DefaultValue("10s") Duration timeout, @DefaultValue("8s") Duration publishTimeout,
		@DefaultValue("true") boolean atPublish, @DefaultValue Set<Integer> allowedPorts) {

	/** Bytes read of a body, at most (to find a sign-in form and to hash the proof). */
	static final int MAX_BODY_BYTES = 64 * 1024;

	/** Redirects followed, at most. */
	static final int MAX_REDIRECTS = 5;

	/** The longest address checked (the evidence column's length). */
	static final int MAX_URL_LENGTH = 2000;

	LinkCheckSettings {
		if (concurrency < 1 || concurrency > 32) {
			throw new IllegalArgumentException("ita.linkcheck.concurrency must be 1 to 32, not " + concurrency);
		}
		allowedPorts = allowedPorts == null ? Set.of() : Set.copyOf(allowedPorts);
	}

	boolean portAllowed(int port) {
		return port == 80 || port == 443 || this.allowedPorts.contains(port);
	}

}
