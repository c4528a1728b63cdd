package th.ita.portal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the whole test run its own throwaway PostgreSQL database, and drops it afterwards.
 *
 * <p>The server comes from {@code ITA_TEST_DB_URL} (default {@code jdbc:postgresql://localhost:5432/},
 * user {@code ITA_TEST_DB_USER} or postgres, password {@code ITA_TEST_DB_PASSWORD}). When no
 * server answers, the run fails at once with a message that says how to start one: tests that
 * touch data are never skipped.
 */
public final class TestDatabase implements LauncherSessionListener {

	static final String HOW_TO_START = "Start PostgreSQL first: 'pg_ctlcluster $(ls /etc/postgresql) main start' "
			+ "(install it with 'apt-get install -y postgresql'), or 'docker compose up -d db', "
			+ "or point ITA_TEST_DB_URL at a server.";

	private static String database;

	/** Databases made for test classes that change data, dropped with the run's own. */
	private static final Map<String, String> FRESH = new ConcurrentHashMap<>();

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		database = create("ita_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
		System.setProperty("spring.datasource.url", url(database));
		System.setProperty("spring.datasource.username", user());
		System.setProperty("spring.datasource.password", password());
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		FRESH.values().forEach(TestDatabase::drop);
		if (database != null) {
			drop(database);
		}
	}

	/**
	 * The JDBC URL of a fresh database of this run for one test class that changes the demo data,
	 * so that no other test sees its changes; made once per name, dropped at the end of the run.
	 * Use it from a {@code @DynamicPropertySource} for {@code spring.datasource.url}.
	 */
	public static String freshUrl(String name) {
		return url(FRESH.computeIfAbsent(name, n -> create(database + "_" + n)));
	}

	/** Creates an empty database on the test server; the caller drops it. */
	public static String create(String name) {
		execute("create database " + name + " encoding 'UTF8' template template0");
		return name;
	}

	public static void drop(String name) {
		execute("drop database if exists " + name + " with (force)");
	}

	/** The JDBC URL of a database on the test server. */
	public static String url(String name) {
		String server = System.getenv().getOrDefault("ITA_TEST_DB_URL", "jdbc:postgresql://localhost:5432/");
		String base = server.contains("?") ? server.substring(0, server.indexOf('?')) : server;
		String query = server.contains("?") ? server.substring(server.indexOf('?')) : "";
		base = base.substring(0, base.indexOf('/', "jdbc:postgresql://".length()) + 1);
		return base + name + query;
	}

	public static String user() {
		return System.getenv().getOrDefault("ITA_TEST_DB_USER", "postgres");
	}

	public static String password() {
		return System.getenv().getOrDefault("ITA_TEST_DB_PASSWORD", "");
	}

	private static void execute(String sql) {
		if (!sql.toLowerCase(Locale.ROOT).matches("(create|drop) database (if exists )?ita_test_[a-z0-9_]+.*")) {
			throw new IllegalArgumentException("refusing to run " + sql);
		}
		Properties props = new Properties();
		props.setProperty("user", user());
		if (!password().isEmpty()) {
			props.setProperty("password", password());
		}
		props.setProperty("connectTimeout", "5");
		try (Connection connection = DriverManager.getConnection(url("postgres"), props);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("No PostgreSQL for the tests at " + url("postgres") + " (" + ex.getMessage()
					+ "). " + HOW_TO_START, ex);
		}
	}

}
