package th.ita.portal.security;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.ita.portal.security.SignInThrottle.Kind;
import th.ita.portal.support.MutableClock;
import th.ita.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's arithmetic, without a web request: waits grow, then a lock, then forgiveness. The
 * counters are rows in PostgreSQL, so two throttles (two instances) count the same failures.
 */
@PortalTest
class SignInThrottleTest {

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T03:00:00Z"));

	@Autowired
	DataSource dataSource;

	SignInThrottle throttle;

	@BeforeEach
	void emptyCounters() {
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		jdbc.sql("delete from sign_in_failure").update();
		this.throttle = new SignInThrottle(jdbc, this.clock, () -> "1");
	}

	void fail(String user, String address, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(user, address);
		}
	}

	@Test
	void namesLongerThanAnyAccountAreCountedAsOneAndNotKeptWhole() {
		String prefix = "x".repeat(SignInThrottle.LONGEST_USERNAME + 1);
		for (int i = 0; i < 3; i++) {
			this.throttle.failed(prefix + "-" + i + "y".repeat(2_000_000), "10.0.0." + i);
		}
		assertThat(this.throttle.check(prefix + "-other", "10.0.0.9").kind()).isEqualTo(SignInThrottle.Kind.SLOWED);
		// A real account of the longest length is still counted on its own.
		assertThat(this.throttle.check("y".repeat(SignInThrottle.LONGEST_USERNAME), "10.0.0.9").allowed()).isTrue();
	}

	@Test
	void theSameUsernameAtAnotherAgencyIsAnotherAccount() {
		fail("admin", "10.0.0.1", 8);
		assertThat(this.throttle.check("admin", "10.0.0.2").kind()).isEqualTo(SignInThrottle.Kind.LOCKED);
		SignInThrottle otherAgency = new SignInThrottle(JdbcClient.create(this.dataSource), this.clock, () -> "2");
		assertThat(otherAgency.check("admin", "10.0.0.2").allowed()).isTrue();
		// The address is still one address, whichever agency it guesses at.
		fail("other", "10.0.0.3", 30);
		assertThat(otherAgency.check("admin", "10.0.0.3").kind()).isEqualTo(SignInThrottle.Kind.LOCKED);
	}

	@Test
	void firstFailuresCostNothing() {
		fail("somchai", "10.0.0.1", 2);
		assertThat(this.throttle.check("somchai", "10.0.0.1").allowed()).isTrue();
	}

	@Test
	void waitsDoubleAfterTheFreeFailures() {
		fail("somchai", "10.0.0.1", 3);
		SignInThrottle.Verdict third = this.throttle.check("somchai", "10.0.0.1");
		assertThat(third.kind()).isEqualTo(Kind.SLOWED);
		assertThat(third.retryAt()).isEqualTo(this.clock.instant().plusSeconds(5));
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(this.throttle.check("somchai", "10.0.0.1").allowed()).isTrue();
		fail("somchai", "10.0.0.1", 1);
		assertThat(this.throttle.check("somchai", "10.0.0.1").retryAt()).isEqualTo(this.clock.instant().plusSeconds(10));
	}

	@Test
	void lockedForFifteenMinutesThenForgiven() {
		fail("somchai", "10.0.0.1", 8);
		SignInThrottle.Verdict locked = this.throttle.check("SomChai", "10.0.0.2");
		assertThat(locked.kind()).isEqualTo(Kind.LOCKED);
		assertThat(locked.retryAt()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(15)));
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(this.throttle.check("somchai", "10.0.0.2").allowed()).isTrue();
	}

	@Test
	void oneAddressTryingManyAccountsIsThrottledToo() {
		for (int i = 0; i < 10; i++) {
			this.throttle.failed("user" + i, "10.0.0.9");
		}
		assertThat(this.throttle.check("someone.else", "10.0.0.9").kind()).isEqualTo(Kind.SLOWED);
		assertThat(this.throttle.check("someone.else", "10.0.0.8").allowed()).isTrue();
		for (int i = 10; i < 30; i++) {
			this.throttle.failed("user" + i, "10.0.0.9");
		}
		assertThat(this.throttle.check("someone.else", "10.0.0.9").kind()).isEqualTo(Kind.LOCKED);
	}

	@Test
	void successForgivesTheAccount() {
		fail("somchai", "10.0.0.1", 3);
		this.throttle.succeeded("somchai");
		assertThat(this.throttle.check("somchai", "10.0.0.3").allowed()).isTrue();
	}

	@Test
	void anotherInstanceCountsTheSameFailures() {
		SignInThrottle other = new SignInThrottle(JdbcClient.create(this.dataSource), this.clock, () -> "1");
		fail("somchai", "10.0.0.1", 2);
		other.failed("somchai", "10.0.0.2");
		assertThat(this.throttle.check("somchai", "10.0.0.3").kind()).isEqualTo(Kind.SLOWED);
		assertThat(other.check("somchai", "10.0.0.3").kind()).isEqualTo(Kind.SLOWED);
	}

	@Test
	void endedRunsAreDeletedSoNothingStaysForever() {
		for (int i = 0; i < 50; i++) {
			this.throttle.failed("user" + i, "10.0.0.1");
		}
		assertThat(this.throttle.size()).isEqualTo(51);
		this.clock.advance(SignInThrottle.LOCK.plusSeconds(1));
		this.throttle.failed("late", "10.0.0.7");
		assertThat(this.throttle.size()).isEqualTo(2);
	}

}
