package th.ita.portal.common;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Set;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells a write that lost a race to another transaction on the same rows: an optimistic-lock
 * failure (the row's version moved on while this transaction held an older copy), or a lock that
 * could not be had (a deadlock, a lock wait that timed out, a serialization failure), whether
 * Hibernate, JPA or Spring reports it.
 *
 * <p>As the predicate of {@link RetriedOnLostRace} it lets such a write run again, but only when
 * it was a transaction of its own: a call inside someone else's transaction cannot be re-run
 * alone (that transaction is already marked for rollback), so its caller's retry does it.
 */
public final class LostRace implements MethodRetryPredicate {

	/** serialization_failure, deadlock_detected, lock_not_available. */
	private static final Set<String> SQL_STATES = Set.of("40001", "40P01", "55P03");

	/** True when the failure, or any of its causes, says that the write lost a race. */
	public static boolean is(Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
			if (cause instanceof ConcurrencyFailureException || cause instanceof OptimisticLockException
					|| cause instanceof PessimisticLockException || cause instanceof LockTimeoutException
					|| cause instanceof StaleStateException || cause instanceof LockAcquisitionException
					|| (cause instanceof SQLException sql && sql.getSQLState() != null
						&& SQL_STATES.contains(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	@Override
	public boolean shouldRetry(Method method, Throwable failure) {
		return is(failure) && !TransactionSynchronizationManager.isActualTransactionActive();
	}

}
