package th.ita.portal.common;

import java.sql.SQLException;

import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Tells a write that broke a named unique constraint: someone else saved the same name at the
 * same moment, after the form's own check that it was free. The form then says the name is taken,
 * as that check would have.
 */
public final class UniqueViolation {

	/** unique_violation */
	private static final String SQL_STATE = "23505";

	private UniqueViolation() {
	}

	public static boolean of(DataIntegrityViolationException failure, String constraint) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation
					&& constraint.equalsIgnoreCase(violation.getConstraintName())
					&& (violation.getSQLException() == null || SQL_STATE.equals(sqlState(violation)))) {
				return true;
			}
		}
		return false;
	}

	private static String sqlState(ConstraintViolationException violation) {
		SQLException sql = violation.getSQLException();
		return sql == null ? null : sql.getSQLState();
	}

}
