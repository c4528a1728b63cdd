package th.ita.portal.web;

import java.sql.SQLException;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 503 answer when PostgreSQL cannot be reached. Seen in a CI run of
 * {@code cluster/TwoInstancesTest}: a save succeeded and redirected, then Spring Session could not
 * save the session (its connection cut), and the request answered 500; the redirect now goes out.
 */
class UnavailableFilterTest {

	final UnavailableFilter filter = new UnavailableFilter();

	static RuntimeException connectionCut() {
		return new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
				new SQLException("Connection is closed")));
	}

	@Test
	void aRequestThatCannotReachTheDatabaseGetsTheUnavailableAnswer() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain chain = (request, answer) -> {
			throw new CannotCreateTransactionException("no connection");
		};
		this.filter.doFilter(new MockHttpServletRequest("GET", "/ita/2566"), response, chain);
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo(UnavailableFilter.RETRY_AFTER_SECONDS);
	}

	@Test
	void aRedirectDecidedBeforeTheSessionCouldNotBeSavedStillGoesOut() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain chain = (request, answer) -> {
			((jakarta.servlet.http.HttpServletResponse) answer).sendRedirect("/staff/2566/oit/o5/evidence");
			throw connectionCut();
		};
		this.filter.doFilter(new MockHttpServletRequest("POST", "/staff/2566/oit/o5/evidence/link"), response, chain);
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/staff/2566/oit/o5/evidence");
	}

	@Test
	void aPageAlreadyOnTheWireIsNotReplaced() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain chain = (request, answer) -> {
			answer.getWriter().write("<html>");
			answer.flushBuffer();
			throw connectionCut();
		};
		assertThatThrownBy(() -> this.filter.doFilter(new MockHttpServletRequest("GET", "/ita/2566"), response, chain))
			.isInstanceOf(JpaSystemException.class);
	}

}
