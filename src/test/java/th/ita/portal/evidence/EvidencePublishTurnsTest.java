package th.ita.portal.evidence;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import th.ita.portal.oit.DisclosurePublisher;
import th.ita.portal.support.TestDatabase;
import th.ita.portal.user.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An evidence edit and the publishing of the same item take turns (the item's row is locked), so
 * a publish never copies half of an edit and never loses one that was committing meanwhile.
 */
class EvidencePublishTurnsTest extends EvidenceTestBase {

	static final String TITLE = "เอกสารที่เพิ่มระหว่างเผยแพร่";

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("evidence_turns"));
	}

	@Autowired
	EvidenceEditing evidence;

	@Autowired
	DisclosurePublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		this.pool.shutdownNow();
	}

	/** Signs the worker in, in the test's own request at the demo agency's host, so it acts for that agency. */
	static void signIn(StaffPrincipal user, RequestAttributes request) {
		RequestContextHolder.setRequestAttributes(request);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	@Test
	void publishingWaitsForAnEvidenceEditInProgressAndThenIncludesIt() throws Exception {
		CountDownLatch editing = new CountDownLatch(1);
		CountDownLatch finishEdit = new CountDownLatch(1);
		StaffPrincipal admin = admin();
		RequestAttributes request = RequestContextHolder.currentRequestAttributes();
		Future<?> editor = this.pool.submit(() -> {
			signIn(admin, request);
			new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
				this.evidence.addLink(2566, "o2", TITLE, "https://example.go.th/turns");
				editing.countDown();
				try {
					finishEdit.await(20, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			return null;
		});
		assertThat(editing.await(20, TimeUnit.SECONDS)).isTrue();
		Future<?> approver = this.pool.submit(() -> {
			signIn(admin, request);
			this.publisher.publish(2566, "o2", null);
			return null;
		});
		Thread.sleep(700);
		assertThat(approver.isDone()).as("the publish waits while the evidence edit is open").isFalse();
		finishEdit.countDown();
		editor.get(20, TimeUnit.SECONDS);
		approver.get(20, TimeUnit.SECONDS);
		assertThat(this.jdbc.queryForObject("select count(*) from evidence_pub where title = ?", Integer.class, TITLE))
			.as("the publish that waited copied the evidence added meanwhile")
			.isEqualTo(1);
	}

}
