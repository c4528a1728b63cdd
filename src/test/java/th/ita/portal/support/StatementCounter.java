package th.ita.portal.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements Hibernate prepares, with {@code hibernate.generate_statistics} on. */
public final class StatementCounter {

	private final Statistics statistics;

	public StatementCounter(EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		if (!this.statistics.isStatisticsEnabled()) {
			throw new IllegalStateException("hibernate.generate_statistics is off");
		}
	}

	/** Runs the action and answers how many statements it prepared. */
	public long count(ThrowingRunnable action) throws Exception {
		this.statistics.clear();
		action.run();
		return this.statistics.getPrepareStatementCount();
	}

	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

}
