package th.ita.portal.common;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Callable;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.ita.portal.support.HtmlForm;
import th.ita.portal.support.PortalHttp;
import th.ita.portal.support.Race;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static th.ita.portal.support.PortalHttp.text;

/**
 * Signed-in browsers of the demo accounts on a real Tomcat over PostgreSQL (a database of their
 * own), and races between them: requests released together, round after round. The test classes
 * that extend this share one application.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(LosingWrites.class)
abstract class RealTomcatTestBase {

	/** Rounds per kind of race: enough for the requests to overlap many times. */
	static final int ROUNDS = 10;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("races"));
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	static Race race;

	static int signedInOn;

	static PortalHttp palad;

	static PortalHttp klang;

	static PortalHttp admin;

	static PortalHttp otherAdmin;

	static PortalHttp approver;

	@BeforeAll
	static void threads() {
		race = new Race(4);
	}

	@AfterAll
	static void stop() {
		race.close();
	}

	@BeforeEach
	void signIn() throws Exception {
		if (signedInOn != this.port) {
			PortalHttp portal = PortalHttp.on(this.port);
			palad = portal.signedInAs("demo.palad", "demo-palad-2566");
			klang = portal.signedInAs("demo.klang", "demo-klang-2566");
			admin = portal.signedInAs("demo.admin", "demo-admin-2566");
			otherAdmin = portal.signedInAs("demo.admin", "demo-admin-2566");
			approver = portal.signedInAs("demo.approver", "demo-approver-2566");
			signedInOn = this.port;
		}
	}

	/** Sends two forms at the same moment, each with its own text in one field. */
	Saves saveTogether(HtmlForm first, HtmlForm second, String field, String firstText, String secondText)
			throws Exception {
		assertThat(first.value("version")).as("both forms carry the same version").isEqualTo(second.value("version"));
		Callable<HttpResponse<byte[]>> one = first.with(field, firstText)::send;
		Callable<HttpResponse<byte[]>> two = second.with(field, secondText)::send;
		return new Saves(race.run(one, two), List.of(firstText, secondText));
	}

	String stored(String sql, long id) {
		return this.jdbc.queryForObject(sql, String.class, id);
	}

	/** Refused saves of a record's history (revisions) whose text includes this one. */
	int refusedRevisions(String kind, long id, String text) {
		return this.jdbc.queryForObject("""
				select count(*) from revision r join revision_field f on f.revision_id = r.id
				where r.entity_type = ? and r.entity_id = ? and r.action = 'CONFLICT' and f.after_value like ?""",
				Integer.class, kind, id, "%" + text + "%");
	}

	/** Refused saves of accounts and units (the audit log) whose values include this text. */
	int refusedAuditLines(String text) {
		return this.jdbc.queryForObject("select count(*) from audit_log where action = 'SAVE_REFUSED' and subject like ?",
				Integer.class, "%" + text + "%");
	}

	/** The answers to two saves sent together, and the texts they carried. */
	record Saves(List<HttpResponse<byte[]>> answers, List<String> texts) {

		int kept() {
			return this.answers.get(0).statusCode() == 302 ? 0 : 1;
		}

		String keptText() {
			return this.texts.get(kept());
		}

		String refusedText() {
			return this.texts.get(1 - kept());
		}

		Document refusedPage() {
			return Jsoup.parse(text(this.answers.get(1 - kept())));
		}

		/** One answer is the save (302), the other the 409 page; the database holds the saved text. */
		void assertOneKept(String stored) {
			assertThat(this.answers.stream().map(HttpResponse::statusCode)).as("one save kept, one refused")
				.containsExactlyInAnyOrder(302, 409);
			assertThat(stored).as("the database holds the kept text").contains(keptText()).doesNotContain(refusedText());
		}

		void assertRefusedInHistory(int refused) {
			assertThat(refused).as("the refused text is in the history: " + refusedText()).isEqualTo(1);
		}

		/** The 409 page shows the saved text ({@code saved}) and the form still holds the user's own. */
		void assertConflictPageShowsBoth(String saved, String mine) {
			Document page = refusedPage();
			assertThat(page.select(saved).text()).as("the 409 page shows the saved text").contains(keptText());
			String field = page.select(mine).is("textarea") ? page.select(mine).text() : page.select(mine).val();
			assertThat(field).as("the form still holds the user's own text").contains(refusedText());
			if (page.select(saved).is(".conflict-table")) {
				assertThat(page.select(saved).text()).contains(refusedText());
			}
		}

	}

}
