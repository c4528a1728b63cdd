package th.ita.portal.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import th.ita.portal.agency.CurrentAgency;

/**
 * Slows down, then stops for a while, guessing of passwords: per account and per IP address.
 * After a few failures each further attempt must wait, twice as long each time; after more, sign-in
 * is refused until {@link #LOCK} after the last failure. Nothing is permanent: failures older than
 * {@link #LOCK} are forgotten, and their rows deleted.
 *
 * <p>Kept in PostgreSQL ({@code sign_in_failure}), so every instance behind the balancer counts
 * the same failures: a check is one query of two rows by key, a failure one upsert of both keys.
 * Usernames are unique per agency, so an account's key carries the agency of the address signed in
 * at: failures at one agency's address never slow down the same username at another's.
 */
@Component
public class SignInThrottle {

	static final Duration FIRST_WAIT = Duration.ofSeconds(5);

	static final Duration LOCK = Duration.ofMinutes(15);

	/** Rows whose run has ended are deleted at most this often, by whichever instance counts a failure. */
	static final Duration CLEAN_EVERY = Duration.ofMinutes(1);

	/** The longest username there can be (the users table's limit). */
	static final int LONGEST_USERNAME = 50;

	/** The longest address key kept (an IPv6 address with a zone is far shorter). */
	static final int LONGEST_ADDRESS = 100;

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

	private record Failures(int count, Instant last) {
	}

	/**
	 * Counts a failure under both keys in one statement. A run whose last failure is {@link #LOCK}
	 * old starts again at one; two instances counting at once both count (the row is locked).
	 */
	private static final String COUNT_FAILURE = """
			insert into sign_in_failure as f (throttle_key, failures, last_failed_at)
			values (:account, 1, :now), (:address, 1, :now)
			on conflict (throttle_key) do update set
			    failures = case when f.last_failed_at <= excluded.last_failed_at - make_interval(secs => :lock)
			                    then 1 else f.failures + 1 end,
			    last_failed_at = greatest(f.last_failed_at, excluded.last_failed_at)""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AtomicReference<Instant> lastCleaned = new AtomicReference<>(Instant.MIN);

	/** Whose usernames the current request's are: its agency, or the platform's own sign-in page. */
	private final Supplier<String> scope;

	@Autowired
	SignInThrottle(JdbcClient jdbc, Clock clock, CurrentAgency agency) {
		this(jdbc, clock, () -> agency.isPresent() ? Long.toString(agency.id()) : "platform");
	}

	SignInThrottle(JdbcClient jdbc, Clock clock, Supplier<String> scope) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.scope = scope;
	}

	public Verdict check(String username, String address) {
		Instant now = this.clock.instant();
		String account = accountKey(username);
		String addressKey = addressKey(address);
		Map<String, Failures> found = new HashMap<>();
		this.jdbc
			.sql("select throttle_key, failures, last_failed_at from sign_in_failure where throttle_key in (:a, :b)")
			.param("a", account)
			.param("b", addressKey)
			.query((ResultSet rs) -> {
				found.put(rs.getString(1), failures(rs));
			});
		return verdict(found.get(account), ACCOUNT, now).stricter(verdict(found.get(addressKey), ADDRESS, now));
	}

	public void failed(String username, String address) {
		Instant now = this.clock.instant();
		this.jdbc.sql(COUNT_FAILURE)
			.param("account", accountKey(username))
			.param("address", addressKey(address))
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("lock", LOCK.toSeconds())
			.update();
		cleanUp(now);
	}

	/** A successful sign-in clears the account's failures (not the address's). */
	public void succeeded(String username) {
		this.jdbc.sql("delete from sign_in_failure where throttle_key = :key").param("key", accountKey(username)).update();
	}

	/** The keys counted now, ended runs included until they are cleaned. */
	int size() {
		return this.jdbc.sql("select count(*) from sign_in_failure").query(Integer.class).single();
	}

	/** Deletes the rows of runs that have ended, at most once per {@link #CLEAN_EVERY} per instance. */
	private void cleanUp(Instant now) {
		Instant last = this.lastCleaned.get();
		if (now.isBefore(last.plus(CLEAN_EVERY)) || !this.lastCleaned.compareAndSet(last, now)) {
			return;
		}
		this.jdbc.sql("delete from sign_in_failure where last_failed_at <= :cutoff")
			.param("cutoff", OffsetDateTime.ofInstant(now.minus(LOCK), ZoneOffset.UTC))
			.update();
	}

	private static Failures failures(ResultSet rs) throws SQLException {
		return new Failures(rs.getInt(2), rs.getObject(3, OffsetDateTime.class).toInstant());
	}

	private static Verdict verdict(Failures f, Policy policy, Instant now) {
		if (f == null || !now.isBefore(f.last().plus(LOCK)) || f.count() < policy.freeFailures()) {
			return Verdict.ALLOWED;
		}
		if (f.count() >= policy.lockAfter()) {
			return new Verdict(Kind.LOCKED, f.last().plus(LOCK));
		}
		int doublings = Math.min(f.count() - policy.freeFailures(), 16);
		Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
		Instant retryAt = f.last().plus(wait.compareTo(LOCK) < 0 ? wait : LOCK);
		return now.isBefore(retryAt) ? new Verdict(Kind.SLOWED, retryAt) : Verdict.ALLOWED;
	}

	/**
	 * The account's key. No username is longer than {@link #LONGEST_USERNAME} characters, so longer
	 * names tried are cut there: a form can carry megabytes in that field.
	 */
	private String accountKey(String username) {
		String name = (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
		return "u:" + this.scope.get() + ":" + ((name.length() > LONGEST_USERNAME + 1) ? name.substring(0, LONGEST_USERNAME + 1) : name);
	}

	private static String addressKey(String address) {
		String a = (address == null) ? "" : address;
		return "a:" + (a.length() > LONGEST_ADDRESS ? a.substring(0, LONGEST_ADDRESS) : a);
	}

}
