package th.ita.portal.config;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;


import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Makes sure the configured PostgreSQL database exists before Flyway touches it.
 *
 * <p>On a fresh machine whose PostgreSQL has no {@code ita} database yet, the portal creates it
 * (and says so in the log). When the server cannot be reached at all, start-up stops with
 * {@link DatabaseUnavailableException}, which {@link DatabaseUnavailableFailureAnalyzer} turns
 * into one readable line.
 */
class DatabaseBootstrap implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(DatabaseBootstrap.class);

	private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

	private static final String INVALID_CATALOG = "3D000";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
			ensureDatabase(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
		}
		return bean;
	}

	static void ensureDatabase(String jdbcUrl, String user, String password) {
		try (Connection connection = connect(jdbcUrl, user, password)) {
			if (connection.isValid(5)) {
				return;
			}
		}
		catch (SQLException ex) {
			if (!INVALID_CATALOG.equals(ex.getSQLState())) {
				throw unavailable(jdbcUrl, ex);
			}
		}
		createDatabase(jdbcUrl, user, password);
	}

	private static void createDatabase(String jdbcUrl, String user, String password) {
		JdbcTarget target = JdbcTarget.parse(jdbcUrl);
		if (!SAFE_NAME.matcher(target.database()).matches()) {
			throw new DatabaseUnavailableException(jdbcUrl,
					"database name '" + target.database() + "' is not a plain identifier; create it yourself");
		}
		try (Connection admin = connect(target.withDatabase("postgres"), user, password);
				Statement statement = admin.createStatement()) {
			statement.execute("create database " + target.database() + " encoding 'UTF8' template template0");
			log.info("Created PostgreSQL database '{}' on {}", target.database(), target.hostAndPort());
		}
		catch (SQLException ex) {
			throw unavailable(jdbcUrl, ex);
		}
	}

	private static Connection connect(String url, String user, String password) throws SQLException {
		Properties props = new Properties();
		if (user != null) {
			props.setProperty("user", user);
		}
		if (password != null && !password.isEmpty()) {
			props.setProperty("password", password);
		}
		props.setProperty("connectTimeout", "5");
		return DriverManager.getConnection(url, props);
	}

	private static DatabaseUnavailableException unavailable(String jdbcUrl, SQLException ex) {
		return new DatabaseUnavailableException(jdbcUrl, ex.getMessage());
	}

	/** The parts of a {@code jdbc:postgresql://host:port/db?params} URL this class needs. */
	record JdbcTarget(String prefix, String hostAndPort, String database, String query) {

		static JdbcTarget parse(String jdbcUrl) {
			if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
				throw new DatabaseUnavailableException(jdbcUrl, "only jdbc:postgresql:// URLs are supported");
			}
			URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
			String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
			String hostAndPort = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
			return new JdbcTarget("jdbc:postgresql://", hostAndPort, path.isEmpty() ? "postgres" : path,
					uri.getRawQuery());
		}

		String withDatabase(String name) {
			return prefix + hostAndPort + "/" + name + (query == null ? "" : "?" + query);
		}
	}


}
