package th.ita.portal.config;

import java.sql.DriverManager;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start-up on a server with no portal database yet, and on no server at all. */
class DatabaseBootstrapTest {

	@Test
	void createsTheDatabaseWhenTheServerHasNone() throws Exception {
		String name = "ita_test_boot_" + UUID.randomUUID().toString().substring(0, 8);
		try {
			DatabaseBootstrap.ensureDatabase(TestDatabase.url(name), TestDatabase.user(), TestDatabase.password());
			try (var connection = DriverManager.getConnection(TestDatabase.url(name), TestDatabase.user(),
					TestDatabase.password())) {
				assertThat(connection.isValid(2)).isTrue();
			}
			// A second start finds it and leaves it alone.
			DatabaseBootstrap.ensureDatabase(TestDatabase.url(name), TestDatabase.user(), TestDatabase.password());
		}
		finally {
			TestDatabase.drop(name);
		}
	}

	@Test
	void anUnreachableServerStopsStartUpWithOneReadableLine() {
		String url = "jdbc:postgresql://127.0.0.1:1/ita";
		assertThatThrownBy(() -> DatabaseBootstrap.ensureDatabase(url, "postgres", ""))
			.isInstanceOf(DatabaseUnavailableException.class)
			.satisfies(ex -> {
				FailureAnalysis analysis = new DatabaseUnavailableFailureAnalyzer().analyze(ex);
				assertThat(analysis.getDescription()).startsWith("Cannot use PostgreSQL at " + url).doesNotContain("\n");
				assertThat(analysis.getAction()).contains("docker compose up -d db").contains("pg_ctlcluster")
					.doesNotContain("\n");
			});
	}

	@Test
	void refusesToCreateADatabaseWhoseNameIsNotAPlainIdentifier() {
		assertThatThrownBy(() -> DatabaseBootstrap.ensureDatabase(TestDatabase.url("ita_test_x;drop"),
				TestDatabase.user(), TestDatabase.password()))
			.isInstanceOf(DatabaseUnavailableException.class)
			.hasMessageContaining("not a plain identifier");
	}

}
