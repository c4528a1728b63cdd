package th.ita.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Slows down, then stops for a while, guessing of passwords: per account and per IP address.
 * After a few failures each further attempt must wait, twice as long each time; after more, sign-in
 * is refused until {@link #LOCK} after the last failure. Nothing is permanent: failures older than
 * {@link #LOCK} are forgotten. Kept in memory, at most {@link #MAX_ENTRIES} keys (oldest dropped).
 */
@Component
public class SignInThrottle {

	static final Duration FIRST_WAIT = Duration.ofSeconds(5);

	static final Duration LOCK = Duration.ofMinutes(15);

	static final int MAX_ENTRIES = 10_000;

	/** The longest username there can be (the users table's limit). */
	static final int LONGEST_USERNAME = 50;

	/** Failures allowed without waiting, and the number at which sign-in is refused for a while. */
	record Policy(int freeFailures, int lockAfter) {
	}

	static final Policy ACCOUNT = new Policy(3, 8);

	static final Policy ADDRESS = new Policy(10, 30);

	public enum Kind {

		ALLOWED, SLOWED, LOCKED

	}

	/** Whether an attempt may go ahead now, and if not, from when it may. */
	public record Verdict(Kind kind, Instant retryAt) {

		static final Verdict ALLOWED = new Verdict(Kind.ALLOWED, null);

		public boolean allowed() {
			return this.kind == Kind.ALLOWED;
		}

		Verdict stricter(Verdict other) {
			if (other.kind.ordinal() != this.kind.ordinal()) {
				return other.kind.ordinal() > this.kind.ordinal() ? other : this;
			}
			return (other.retryAt != null && (this.retryAt == null || other.retryAt.isAfter(this.retryAt))) ? other
					: this;
		}

	}

	private static final class Failures {

		int count;

		Instant last;

	}

	private final Clock clock;

	private final Map<String, Failures> failures = new LinkedHashMap<>(64, 0.75f, true) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	SignInThrottle(Clock clock) {
		this.clock = clock;
	}

	public synchronized Verdict check(String username, String address) {
		Instant now = this.clock.instant();
		return verdict(accountKey(username), ACCOUNT, now).stricter(verdict(addressKey(address), ADDRESS, now));
	}

	public synchronized void failed(String username, String address) {
		Instant now = this.clock.instant();
		for (String key : new String[] { accountKey(username), addressKey(address) }) {
			Failures f = current(key, now);
			if (f == null) {
				f = new Failures();
				this.failures.put(key, f);
			}
			f.count++;
			f.last = now;
		}
	}

	/** A successful sign-in clears the account's failures (not the address's). */
	public synchronized void succeeded(String username) {
		this.failures.remove(accountKey(username));
	}

	synchronized int size() {
		return this.failures.size();
	}

	private Verdict verdict(String key, Policy policy, Instant now) {
		Failures f = current(key, now);
		if (f == null || f.count < policy.freeFailures()) {
			return Verdict.ALLOWED;
		}
		if (f.count >= policy.lockAfter()) {
			return new Verdict(Kind.LOCKED, f.last.plus(LOCK));
		}
		int doublings = Math.min(f.count - policy.freeFailures(), 16);
		Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
		Instant retryAt = f.last.plus(wait.compareTo(LOCK) < 0 ? wait : LOCK);
		return now.isBefore(retryAt) ? new Verdict(Kind.SLOWED, retryAt) : Verdict.ALLOWED;
	}

	/** The failures under this key, or null when there are none or they are older than the lock. */
	private Failures current(String key, Instant now) {
		Failures f = this.failures.get(key);
		if (f != null && !now.isBefore(f.last.plus(LOCK))) {
			this.failures.remove(key);
			return null;
		}
		return f;
	}

	/**
	 * The account's key. No username is longer than {@link #LONGEST_USERNAME} characters, so longer
	 * names tried are cut there: a form can carry megabytes in that field, and each of up to
	 * {@link #MAX_ENTRIES} keys is kept in memory.
	 */
	private static String accountKey(String username) {
		String name = (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
		return "u:" + ((name.length() > LONGEST_USERNAME + 1) ? name.substring(0, LONGEST_USERNAME + 1) : name);
	}

	private static String addressKey(String address) {
		return "a:" + (address == null ? "" : address);
	}

}
