package th.ita.portal.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts every SQL statement the application prepares or creates on its connections, whether
 * through JPA or {@code JdbcTemplate} ({@link StatementCounter} sees Hibernate's only), on the
 * thread that runs the counted action: a MockMvc request runs there, and the application's own
 * background work meanwhile (Spring Session's clean-up, the link monitor, the publish listener) is
 * not the request's cost. A test imports it as a bean; it wraps the data source.
 */
public class JdbcStatements implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private final AtomicLong count = new AtomicLong();

	/** The thread whose statements are counted, or null. */
	private volatile Thread counting;

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
			return new Counting(dataSource);
		}
		return bean;
	}

	/** Runs the action and answers how many statements it prepared on this thread. */
	public long count(StatementCounter.ThrowingRunnable action) throws Exception {
		long before = this.count.get();
		this.counting = Thread.currentThread();
		try {
			action.run();
		}
		finally {
			this.counting = null;
		}
		return this.count.get() - before;
	}

	private final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(JdbcStatements.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if (STATEMENTS.contains(method.getName()) && Thread.currentThread() == JdbcStatements.this.counting) {
							JdbcStatements.this.count.incrementAndGet();
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
