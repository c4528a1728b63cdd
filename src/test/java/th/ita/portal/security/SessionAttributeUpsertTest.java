package th.ita.portal.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import th.ita.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two saves of one session that each add the same attribute (two requests of one browser at once,
 * or a save repeated after its answer was lost) both succeed, the later value kept: Spring Session
 * JDBC's plain insert failed the second on the primary key, and its request answered 500.
 */
@PortalTest
class SessionAttributeUpsertTest {

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void theSameNewAttributeSavedTwiceKeepsTheLaterValue() {
		SessionRepository<Session> repository = (SessionRepository) this.sessions;
		Session created = repository.createSession();
		repository.save(created);
		Session first = repository.findById(created.getId());
		Session second = repository.findById(created.getId());
		first.setAttribute("flash", "จากคำขอแรก");
		second.setAttribute("flash", "จากคำขอที่สอง");
		repository.save(first);
		repository.save(second);
		assertThat((String) repository.findById(created.getId()).getAttribute("flash")).isEqualTo("จากคำขอที่สอง");
		repository.deleteById(created.getId());
	}

}
