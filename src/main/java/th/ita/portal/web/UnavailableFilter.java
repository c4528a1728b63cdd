package th.ita.portal.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with the "briefly unavailable" page, and {@code Retry-After}, when a request fails
 * because PostgreSQL (restarting, its connections cut) or the evidence store cannot be reached,
 * instead of the 500 page. It wraps every other filter, so a failure in the session store or the
 * page cache's rendering is caught too. Nothing is retried here: a write cut off this way was
 * almost always not committed (only a connection lost during the commit itself leaves it unknown),
 * and the page asks the user to check and send it again; Hikari replaces broken connections, so
 * the instance recovers by itself.
 */
class UnavailableFilter extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "5";

	/**
	 * A page is kept whole in the response's buffer until it has been rendered and the session saved
	 * (Tomcat's default, 8 KB, sends a long page's first part while it is still being rendered), so that
	 * a connection cut during rendering can still be answered with this page, not a cut-off answer.
	 * Downloads stream in parts of this size.
	 */
	static final int PAGE_BUFFER_BYTES = 256 * 1024;

	private static final Logger log = LoggerFactory.getLogger(UnavailableFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!response.isCommitted() && response.getBufferSize() < PAGE_BUFFER_BYTES) {
			response.setBufferSize(PAGE_BUFFER_BYTES);
		}
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (unavailable(ex) && response.isCommitted() && redirect(response.getStatus())) {
				// The request did its work and answered with a redirect; only saving the session
				// afterwards failed (Spring Session saves it after the answer is decided). The redirect
				// still goes out, and the page it leads to is answered, or gets this 503, on its own.
				log.warn("{} for {} {} sent, but the session was not saved: {}", response.getStatus(),
						request.getMethod(), request.getRequestURI(), rootMessage(ex));
				return;
			}
			if (!unavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("503 for {} {}: {}", request.getMethod(), request.getRequestURI(), rootMessage(ex));
			response.reset();
			response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		}
	}

	private static boolean redirect(int status) {
		return status >= 300 && status < 400;
	}

	/** Whether a failure, or anything that caused it, means a needed service cannot be reached. */
	static boolean unavailable(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof Unavailable || t instanceof CannotCreateTransactionException
					|| t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
					|| t instanceof RecoverableDataAccessException || t instanceof SQLTransientConnectionException
					|| t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException) {
				return true;
			}
			if (t instanceof SQLException sql && lostConnection(sql)) {
				return true;
			}
			// Hibernate could not commit or roll back: the connection broke under the transaction.
			if (t instanceof TransactionException || t instanceof JDBCConnectionException) {
				return true;
			}
		}
		return false;
	}

	/** PostgreSQL's connection and shutdown states, or Hikari's closed connection (which has none). */
	private static boolean lostConnection(SQLException sql) {
		String state = sql.getSQLState();
		if (state != null) {
			return state.startsWith("08") || state.startsWith("57P");
		}
		return "Connection is closed".equals(sql.getMessage());
	}

	private static String rootMessage(Throwable failure) {
		Throwable t = failure;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getClass().getSimpleName() + ": " + t.getMessage();
	}

}
