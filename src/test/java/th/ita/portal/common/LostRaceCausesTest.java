package th.ita.portal.common;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures count as a lost race. A failure without an SQL state (Hikari's "Connection is
 * closed" when PostgreSQL cut the connection) once made this check throw, so a save during a
 * database restart answered 500 instead of the "briefly unavailable" page.
 */
class LostRaceCausesTest {

	@Test
	void aDeadlockOrSerializationFailureIsALostRace() {
		assertThat(LostRace.is(new JpaSystemException(new RuntimeException(new SQLException("x", "40P01"))))).isTrue();
		assertThat(LostRace.is(new SQLException("x", "40001"))).isTrue();
	}

	@Test
	void aFailureWithoutAnSqlStateIsNot() {
		assertThat(LostRace.is(new JpaSystemException(new RuntimeException(new SQLException("Connection is closed")))))
			.isFalse();
		assertThat(LostRace.is(new SQLException("terminating connection", "57P01"))).isFalse();
		assertThat(LostRace.is(null)).isFalse();
	}

}
