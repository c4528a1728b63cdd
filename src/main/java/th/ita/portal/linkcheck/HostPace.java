package th.ita.portal.linkcheck;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps requests to one host at least {@code interval} apart, so a run never hammers an agency's
 * web server: each request reserves the host's next free moment and waits for it.
 */
final class HostPace {

	private final long intervalNanos;

	private final Map<String, Long> nextFree = new HashMap<>();

	HostPace(Duration interval) {
		this.intervalNanos = interval.toNanos();
	}

	/** Waits until this host may be asked again, and reserves the moment after. */
	void await(String host) throws InterruptedException {
		if (this.intervalNanos <= 0 || host == null) {
			return;
		}
		long wait = reserve(host.toLowerCase(Locale.ROOT), System.nanoTime());
		if (wait > 0) {
			Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
		}
	}

	private synchronized long reserve(String host, long now) {
		this.nextFree.values().removeIf(free -> free < now); // only hosts still waiting are kept
		long slot = Math.max(now, this.nextFree.getOrDefault(host, now));
		this.nextFree.put(host, slot + this.intervalNanos);
		return slot - now;
	}

}
