package th.ita.portal.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records the queries the application runs, each with the values bound to it, so that a test can
 * ask PostgreSQL how it plans exactly them ({@link #replay}). A test imports it as a bean; it wraps
 * the data source. Only {@code select} and {@code with} statements are recorded, and only between
 * {@link #start} and {@link #stop}.
 */
public class SqlCapture implements BeanPostProcessor {

	/** One query as the application ran it: its SQL and its binds, as the setter calls that made them. */
	public record Query(String sql, List<Bind> binds) {
	}

	/** One {@code PreparedStatement.setXxx(index, ...)} call. */
	public record Bind(Method setter, Object[] args) {
	}

	private final List<Query> queries = new ArrayList<>();

	private volatile boolean recording;

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Capturing)) {
			return new Capturing(dataSource);
		}
		return bean;
	}

	public synchronized void start() {
		this.queries.clear();
		this.recording = true;
	}

	/** Stops recording and answers the queries recorded since {@link #start}. */
	public synchronized List<Query> stop() {
		this.recording = false;
		return List.copyOf(this.queries);
	}

	private synchronized void record(Query query) {
		if (this.recording) {
			this.queries.add(query);
		}
	}

	/** Prepares the SQL given (the query, prefixed) on a connection and binds the query's values to it. */
	public static PreparedStatement replay(Connection connection, String sql, Query query) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (Bind bind : query.binds()) {
			try {
				bind.setter().invoke(statement, bind.args());
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new SQLException("could not bind " + bind, ex);
			}
		}
		return statement;
	}

	private static boolean isQuery(String sql) {
		String start = sql.stripLeading().toLowerCase(Locale.ROOT);
		return start.startsWith("select") || start.startsWith("with");
	}

	private final class Capturing extends DelegatingDataSource {

		Capturing(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return capturing(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return capturing(super.getConnection(username, password));
		}

		private Connection capturing(Connection connection) {
			return (Connection) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						Object result = invoke(method, connection, args);
						if ("prepareStatement".equals(method.getName()) && isQuery((String) args[0])) {
							return capturing((PreparedStatement) result, (String) args[0]);
						}
						return result;
					});
		}

		private PreparedStatement capturing(PreparedStatement statement, String sql) {
			List<Bind> binds = new ArrayList<>();
			return (PreparedStatement) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(),
					new Class<?>[] { PreparedStatement.class }, (proxy, method, args) -> {
						String name = method.getName();
						if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
							binds.add(new Bind(method, args.clone()));
						}
						else if (name.startsWith("execute") && (args == null || args.length == 0)) {
							record(new Query(sql, List.copyOf(binds)));
						}
						else if ("clearParameters".equals(name)) {
							binds.clear();
						}
						return invoke(method, statement, args);
					});
		}

	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
