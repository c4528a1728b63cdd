package th.ita.portal.linkcheck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.ita.portal.support.JdbcStatements;
import th.ita.portal.support.PortalTest;
import th.ita.portal.support.Staff;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The link monitor in the portal: checking an item's links on demand, the daily run, the admin
 * page and the dashboard, proof at publish; against a local site the test runs, through the
 * test-only {@link LoopbackAllowance} this test registers. Demo item o1 belongs to สำนักปลัด,
 * o19 to กองคลัง.
 */
@PortalTest
@Import(JdbcStatements.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkMonitorTest {

	static final TestSites SITE = startSite();

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("linkcheck"));
		registry.add("ita.linkcheck.per-host-interval", () -> "0s");
		registry.add("ita.linkcheck.timeout", () -> "1s");
		registry.add("ita.linkcheck.publish-timeout", () -> "4s");
		registry.add("ita.linkcheck.at-publish", () -> "true");
	}

	@TestConfiguration
	static class LocalSiteAllowed {

		@Bean
		LoopbackAllowance localSite() {
			return () -> Set.of(SITE.port());
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LinkMonitor monitor;

	@Autowired
	LinkHealth health;

	@Autowired
	LinkCheckPool pool;

	@Autowired
	JdbcStatements statements;

	Staff staff;

	@BeforeEach
	void clean() {
		this.staff = new Staff(this.jdbc);
		this.jdbc.execute("delete from published_link_proof; delete from link_check; delete from link_check_run;"
				+ " delete from evidence_pub; delete from evidence;");
	}

	@AfterAll
	void stopSite() {
		SITE.close();
	}

	long addLink(String code, String title, String url) {
		return this.jdbc.queryForObject("""
				insert into evidence (disclosure_id, kind, title, url, position, created_by)
				select d.id, 'LINK', ?, ?, (select count(*) + 1 from evidence), 'test' from oit_disclosure d
				join oit_item i on i.id = d.item_id join report r on r.id = d.report_id
				where r.fiscal_year = 2566 and i.code = ? returning id""", Long.class, title, url, code);
	}

	/** The link as its draft names it now. */
	LinkHealth.Link link(long evidenceId) {
		return new LinkHealth.Link(evidenceId,
				this.jdbc.queryForObject("select url from evidence where id = ?", String.class, evidenceId));
	}

	Map<String, Object> check(long evidenceId) {
		return this.jdbc.queryForMap("select * from link_check where evidence_id = ?", evidenceId);
	}

	Document page(String path, RequestPostProcessor as) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(as)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Nested
	class OnDemand {

		@Test
		void whenAnEditorChecksTheItemThenEachLinkAnswerIsRecordedAndShown() throws Exception {
			long page = addLink("o1", "รายงาน", SITE.url("/page"));
			long gone = addLink("o1", "ประกาศที่ถูกลบ", SITE.url("/gone"));
			long drive = addLink("o1", "ไฟล์ใน Google Drive", SITE.url("/drive"));
			long inside = addLink("o1", "ระบบภายใน", "http://10.0.0.1/report");

			mvc.perform(post("/staff/2566/oit/o1/links/check").with(staff.editorOf(Staff.PALAD)).with(csrf()))
				.andExpect(status().isFound());

			assertThat(check(page)).containsEntry("status", "OK").containsEntry("http_status", 200);
			assertThat(check(page).get("last_success_at")).isNotNull();
			assertThat(check(gone)).containsEntry("status", "BROKEN").containsEntry("reason", "NOT_FOUND");
			assertThat(check(drive)).containsEntry("status", "BROKEN").containsEntry("reason", "SIGN_IN_PAGE");
			assertThat(check(inside)).containsEntry("status", "REFUSED").containsEntry("reason", "UNSAFE_ADDRESS");
			assertThat(check(gone).get("first_failure_at")).isNotNull();

			Document shown = page("/staff/2566/oit/o1/links", staff.editorOf(Staff.PALAD));
			assertThat(shown.select("#link-" + gone).text()).contains("ใช้ไม่ได้", "ไม่พบหน้า (404)");
			assertThat(shown.select("#link-" + drive).text()).contains("ต้องลงชื่อเข้าใช้");
			assertThat(shown.select("#link-" + page).text()).contains("ใช้ได้", "HTTP 200");
		}

		@Test
		void whenOneLinkIsNamedThenOnlyItIsChecked() throws Exception {
			long page = addLink("o1", "รายงาน", SITE.url("/page"));
			long gone = addLink("o1", "ประกาศที่ถูกลบ", SITE.url("/gone"));
			mvc.perform(post("/staff/2566/oit/o1/links/check").param("evidence", String.valueOf(gone))
				.with(staff.approver()).with(csrf())).andExpect(status().isFound());
			assertThat(jdbc.queryForObject("select count(*) from link_check", Integer.class)).isOne();
			assertThat(health.of(List.of(link(page), link(gone)))).containsOnlyKeys(link(gone));
		}

		@Test
		void whenTheEvidenceIsOfAnotherItemOrUnknownThen404AndNothingChecked() throws Exception {
			long other = addLink("o19", "ของกองคลัง", SITE.url("/page"));
			for (String id : List.of(String.valueOf(other), "999999999", "abc", "1;drop")) {
				mvc.perform(post("/staff/2566/oit/o1/links/check").param("evidence", id).with(staff.admin()).with(csrf()))
					.andExpect(status().isNotFound());
			}
			mvc.perform(post("/staff/2566/oit/o999/links/check").with(staff.admin()).with(csrf()))
				.andExpect(status().isNotFound());
			mvc.perform(post("/staff/2599/oit/o1/links/check").with(staff.admin()).with(csrf()))
				.andExpect(status().isNotFound());
			assertThat(jdbc.queryForObject("select count(*) from link_check", Integer.class)).isZero();
		}

		@Test
		void whenNotAllowedThenRefusedAndNothingChecked() throws Exception {
			addLink("o19", "ของกองคลัง", SITE.url("/page"));
			mvc.perform(post("/staff/2566/oit/o19/links/check").with(staff.editorOf(Staff.PALAD)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/staff/2566/oit/o19/links/check").with(staff.auditor()).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/staff/2566/oit/o19/links/check").with(staff.admin())).andExpect(status().isForbidden());
			assertThat(jdbc.queryForObject("select count(*) from link_check", Integer.class)).isZero();
		}

		@Test
		void aFailureIsDatedFromItsFirstCheckUntilTheLinkWorksAgain() throws Exception {
			long gone = addLink("o1", "ประกาศ", SITE.url("/gone"));
			monitor.checkAll();
			Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
			jdbc.update("update link_check set first_failure_at = ? where evidence_id = ?", Timestamp.from(twoDaysAgo),
					gone);
			monitor.checkAll();
			LinkState state = health.of(List.of(link(gone))).get(link(gone));
			assertThat(state.firstFailureAt()).isEqualTo(twoDaysAgo);
			assertThat(state.brokenMoreThanADay(Instant.now())).isTrue();

			jdbc.update("update evidence set url = ? where id = ?", SITE.url("/page"), gone);
			monitor.checkAll();
			state = health.of(List.of(link(gone))).get(link(gone));
			assertThat(state.status()).isEqualTo("OK");
			assertThat(state.firstFailureAt()).isNull();
			assertThat(state.brokenMoreThanADay(Instant.now())).isFalse();
		}

	}

	@Nested
	class DailyRunAndPages {

		@Test
		void theRunIsRecordedAndTheAdminPageAndDashboardListTheBrokenLinks() throws Exception {
			addLink("o1", "รายงาน", SITE.url("/page"));
			addLink("o1", "ประกาศที่ถูกลบ", SITE.url("/gone"));
			addLink("o19", "ไฟล์ใน OneDrive", SITE.url("/forbidden"));
			assertThat(monitor.checkAll()).isEqualTo(new LinkMonitor.RunCount(3, 2));

			Document admin = page("/staff/admin/link-checks", staff.admin());
			assertThat(admin.select(".checked-count").text()).isEqualTo("3");
			assertThat(admin.select(".failing-count").text()).isEqualTo("2");
			assertThat(admin.select("table.link-checks tbody tr")).hasSize(2);
			assertThat(admin.select("table.link-checks").text()).contains("O1 ปี 2566", "ประกาศที่ถูกลบ",
					"ไม่พบหน้า (404)", "O19 ปี 2566", "ต้องลงชื่อเข้าใช้");

			Document english = page("/staff/admin/link-checks?lang=en", staff.admin());
			Document dashboard = page("/staff/2566", staff.editorOf(Staff.PALAD));
			assertThat(dashboard.select("#broken-links-h").text()).isEqualTo("ลิงก์หลักฐานที่ใช้ไม่ได้ (2 ลิงก์)");
			assertThat(dashboard.select("#broken-links-h + * tbody tr")).hasSize(2);
			assertThat(english.select("h1").text()).isNotBlank();
		}

		@Test
		void whenAnotherInstancesRunIsStillGoingThenNoSecondRunStarts() {
			addLink("o1", "ประกาศ", SITE.url("/gone"));
			jdbc.update("insert into link_check_run (kind, started_at) values ('DAILY', now() - interval '1 hour')");
			assertThat(monitor.checkAll()).isNull();
			assertThat(jdbc.queryForObject("select count(*) from link_check", Integer.class)).isZero();

			jdbc.update("update link_check_run set started_at = now() - interval '7 hours'");
			assertThat(monitor.checkAll()).isEqualTo(new LinkMonitor.RunCount(1, 1));
		}

		@Test
		void theAdminPageIsForAdminsOnly() throws Exception {
			mvc.perform(get("/staff/admin/link-checks").with(staff.editorOf(Staff.PALAD)))
				.andExpect(status().isForbidden());
		}

		@Test
		void theAdminPageAndTheDashboardCostTheSameStatementsForOneOrManyBrokenLinks() throws Exception {
			addLink("o1", "ประกาศ", SITE.url("/gone"));
			monitor.checkAll();
			long adminOne = statements.count(() -> page("/staff/admin/link-checks", staff.admin()));
			long dashboardOne = statements.count(() -> page("/staff/2566", staff.admin()));
			for (String code : List.of("o2", "o3", "o4", "o5", "o19", "o20")) {
				for (int i = 0; i < 5; i++) {
					addLink(code, "ประกาศ " + i, SITE.url("/gone?" + code + i));
				}
			}
			monitor.checkAll();
			assertThat(jdbc.queryForObject("select count(*) from link_check where status = 'BROKEN'", Integer.class))
				.isEqualTo(31);
			assertThat(statements.count(() -> page("/staff/admin/link-checks", staff.admin()))).isEqualTo(adminOne);
			assertThat(statements.count(() -> page("/staff/2566", staff.admin()))).isEqualTo(dashboardOne);
		}

		@Test
		void theMonitorsThreadsAndConnectionsAreBounded() {
			assertThat(pool.maxThreads()).isEqualTo(4);
			assertThat(pool.maxConnections()).isEqualTo(4);
		}

	}

	@Nested
	class PublishedLinks {

		@Test
		void aPublishedLinkIsCheckedUnderItsOwnAddressAfterItsDraftIsReAddressedOrRemoved() throws Exception {
			long notice = addLink("o1", "ประกาศ", SITE.url("/gone"));
			mvc.perform(post("/staff/2566/oit/o1/publish").with(staff.approver()).with(csrf()))
				.andExpect(status().isFound());
			LinkHealth.Link published = link(notice);
			jdbc.update("update evidence set url = ? where id = ?", SITE.url("/page"), notice);

			assertThat(monitor.checkAll()).isEqualTo(new LinkMonitor.RunCount(2, 1));
			assertThat(health.of(List.of(published)).get(published).status()).isEqualTo("BROKEN");
			assertThat(health.of(List.of(link(notice))).get(link(notice)).status()).isEqualTo("OK");
			Document dashboard = page("/staff/2566", staff.admin());
			assertThat(dashboard.select("#broken-links-h + * tbody tr")).hasSize(1);
			assertThat(dashboard.select("#broken-links-h + *").text()).contains(SITE.url("/gone"));

			jdbc.update("delete from evidence where id = ?", notice);
			assertThat(monitor.checkAll()).isEqualTo(new LinkMonitor.RunCount(1, 1));
			assertThat(jdbc.queryForList("select url from link_check", String.class)).containsExactly(SITE.url("/gone"));
			assertThat(page("/staff/admin/link-checks", staff.admin()).select("table.link-checks tbody tr")).hasSize(1);
		}

		@Test
		void theItemsReadinessJudgesThePublishedAddressNotTheDrafts() throws Exception {
			long notice = addLink("o1", "ประกาศ", SITE.url("/gone"));
			mvc.perform(post("/staff/2566/oit/o1/publish").with(staff.approver()).with(csrf()))
				.andExpect(status().isFound());
			jdbc.update("update evidence set url = ? where id = ?", SITE.url("/page"), notice);
			monitor.checkAll();
			jdbc.update("update link_check set first_failure_at = now() - interval '2 days' where status = 'BROKEN'");
			Document item = page("/staff/2566/readiness/o1?lang=en", staff.admin());
			assertThat(item.text()).contains("has not opened since");
		}

	}

	@Nested
	class ProofAtPublish {

		@Test
		void publishingKeepsEachLinksAnswerWithThePublishedCopy() throws Exception {
			addLink("o1", "รายงาน", SITE.url("/page"));
			addLink("o1", "ประกาศที่ถูกลบ", SITE.url("/gone"));
			addLink("o1", "ระบบภายใน", "http://169.254.169.254/latest/meta-data/");
			mvc.perform(post("/staff/2566/oit/o1/publish").with(staff.approver()).with(csrf()))
				.andExpect(status().isFound());

			List<Map<String, Object>> proofs = jdbc.queryForList("""
					select p.*, ep.title as pub_title from published_link_proof p
					join evidence_pub ep on ep.id = p.evidence_pub_id order by ep.position""");
			assertThat(proofs).extracting(p -> p.get("status")).containsExactly("OK", "BROKEN", "REFUSED");
			byte[] body = TestSites.PAGE.getBytes(StandardCharsets.UTF_8);
			assertThat(proofs.get(0)).containsEntry("size_bytes", (long) body.length)
				.containsEntry("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)))
				.containsEntry("final_url", SITE.url("/page"));
			assertThat(proofs.get(1)).containsEntry("reason", "NOT_FOUND").containsEntry("http_status", 404);
			assertThat(proofs.get(2)).containsEntry("reason", "UNSAFE_ADDRESS");

			Document shown = page("/staff/2566/oit/o1/links", staff.auditor());
			assertThat(shown.select("table.link-proofs tbody tr")).hasSize(3);
			assertThat(shown.select("table.link-proofs").text()).contains((String) proofs.get(0).get("sha256"),
					"ฉบับเผยแพร่ปัจจุบัน");
		}

		@Test
		void aSecondPublishKeepsTheFirstProofs() throws Exception {
			addLink("o1", "รายงาน", SITE.url("/page"));
			mvc.perform(post("/staff/2566/oit/o1/publish").with(staff.approver()).with(csrf()))
				.andExpect(status().isFound());
			mvc.perform(post("/staff/2566/oit/o1/publish").with(staff.approver()).with(csrf()))
				.andExpect(status().isFound());
			assertThat(jdbc.queryForObject("select count(*) from published_link_proof", Integer.class)).isEqualTo(2);
			assertThat(jdbc.queryForObject("select count(*) from published_link_proof where evidence_pub_id is null",
					Integer.class)).isOne();
		}

	}

	private static TestSites startSite() {
		try {
			return new TestSites();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
