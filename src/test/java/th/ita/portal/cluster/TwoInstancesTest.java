package th.ita.portal.cluster;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import th.ita.portal.evidence.TestFiles;
import th.ita.portal.support.Instance;
import th.ita.portal.support.PortalHttp;
import th.ita.portal.support.RawHttp;
import th.ita.portal.support.TestDatabase;
import th.ita.portal.web.cache.PublishGeneration;
import th.ita.portal.web.cache.PublishListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the portal (two application contexts, two Tomcats on ports 18171 and 18172) on
 * one database, as behind a load balancer: what one instance does, the other sees on its next
 * request. Nothing of it lives in one instance's memory.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

	static final Path STORAGE = tempDir();

	static final String PLATFORM_PASSWORD = "cluster-platform-2566";

	static Instance a;

	static Instance b;

	static JdbcTemplate db;

	/** A connection to the server's maintenance database, for what is done to the test database from outside. */
	static JdbcTemplate server;

	static String database;

	@BeforeAll
	static void startTwoInstances() {
		String url = TestDatabase.freshUrl("cluster");
		database = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
		List<Instance> both = Instance.startTogether(url, List.of(18171, 18172), "ita.storage-dir=" + STORAGE,
				"ita.platform-admin.password=" + PLATFORM_PASSWORD);
		a = both.get(0);
		b = both.get(1);
		// One connection kept open: it stays usable while new connections to the database are refused.
		db = new JdbcTemplate(new SingleConnectionDataSource(url, TestDatabase.user(), TestDatabase.password(), true));
		server = new JdbcTemplate(new DriverManagerDataSource(TestDatabase.url("postgres"), TestDatabase.user(),
				TestDatabase.password()));
	}

	@AfterAll
	static void stopThem() {
		if (a != null) {
			a.close();
		}
		if (b != null) {
			b.close();
		}
	}

	@Test
	void aPublishOnAShowsOnBsNextPublicRequest() throws Exception {
		PortalHttp reader = b.reader();
		String page = "/ita/2566/oit/o1";
		HttpResponse<byte[]> before = reader.get(page);
		assertThat(reader.get(page).headers().firstValue("ETag")).as("kept by B").isPresent();
		long agency = db.queryForObject("select r.agency_id from report r join framework f on f.id = r.framework_id "
				+ "where f.fiscal_year = 2566", Long.class);
		PublishGeneration.Stamp generation = b.bean(PublishGeneration.class).current(agency);

		db.update("""
				update oit_disclosure set progress = '<p>ผลการทดสอบสองเครื่อง</p>', version = version + 1
				where item_id = (select i.id from oit_item i join framework f on f.id = i.framework_id
				                 where f.fiscal_year = 2566 and i.number = 1)""");
		PortalHttp admin = a.reader().signedInAs("demo.admin", "demo-admin-2566");
		HttpResponse<byte[]> dashboard = admin.get("/staff/2566");
		assertThat(admin.post("/staff/2566/publish", admin.csrf(dashboard)).statusCode()).isEqualTo(302);

		waitFor(() -> !b.bean(PublishGeneration.class).isCurrent(agency, generation), "B hears A's publish");
		assertThat(b.bean(PublishGeneration.class).global()).as("only the agency's generation moved on B")
			.isEqualTo(generation.global());
		HttpResponse<byte[]> after = reader.get(page);
		assertThat(PortalHttp.text(after)).contains("ผลการทดสอบสองเครื่อง");
		assertThat(PortalHttp.text(before)).doesNotContain("ผลการทดสอบสองเครื่อง");
		assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
		// Both instances give the same validators for the same page.
		assertThat(a.reader().get(page).headers().firstValue("ETag")).isEqualTo(after.headers().firstValue("ETag"));
		assertThat(a.reader().get(page).headers().firstValue("Last-Modified"))
			.isEqualTo(after.headers().firstValue("Last-Modified"));
	}

	@Test
	void aSessionCookieFromSigningInOnAWorksOnB() throws Exception {
		PortalHttp onA = a.reader().signedInAs("demo.auditor", "demo-auditor-2566");
		PortalHttp onB = onA.onPort(b.port());
		HttpResponse<byte[]> staff = onB.get("/staff/2566");
		assertThat(staff.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(PortalHttp.text(staff)).select("form[action=/logout]")).isNotEmpty();
	}

	@Test
	void disablingAUserOnAEndsTheirSessionOnB() throws Exception {
		PortalHttp editor = b.reader().signedInAs("demo.klang", "demo-klang-2566");
		assertThat(editor.get("/staff/2566").statusCode()).isEqualTo(200);
		PortalHttp admin = a.reader().signedInAs("demo.admin", "demo-admin-2566");
		Map<String, Object> user = db.queryForMap("select id, version from users where username = 'demo.klang'");
		HttpResponse<byte[]> confirm = admin.get("/staff/admin/users/" + user.get("id") + "/disable");
		assertThat(admin.post("/staff/admin/users/" + user.get("id") + "/disable", admin.csrf(confirm), "version",
				user.get("version").toString()).statusCode()).isEqualTo(302);

		HttpResponse<byte[]> next = editor.get("/staff/2566");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login"));
		db.update("update users set enabled = true where username = 'demo.klang'");
	}

	@Test
	void signInFailuresOnACountOnB() throws Exception {
		for (int i = 0; i < 3; i++) {
			failSignIn(a, "demo.approver");
		}
		assertThat(throttled("demo.approver")).isZero();
		failSignIn(b, "demo.approver");
		assertThat(throttled("demo.approver")).as("B refuses the fourth attempt: it must wait").isEqualTo(1);
		db.update("delete from sign_in_failure");
	}

	@Test
	void startedTogetherOnAnEmptyDatabaseTheyRanEachMigrationOnce() {
		assertThat(db.queryForObject("select count(*) from flyway_schema_history where version is not null "
				+ "group by version order by count(*) desc limit 1", Integer.class)).isEqualTo(1);
		assertThat(db.queryForObject("select count(*) from flyway_schema_history where version = '30'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void anUploadThroughADownloadsThroughB() throws Exception {
		PortalHttp onA = a.reader().signedInAs("demo.admin", "demo-admin-2566");
		HttpResponse<byte[]> page = onA.get("/staff/2566/oit/o2/evidence");
		byte[] pdf = TestFiles.pdf();
		HttpResponse<byte[]> uploaded = onA.upload("/staff/2566/oit/o2/evidence/file",
				Jsoup.parse(PortalHttp.text(page)).select("form[action$=/file] input[name=_csrf]").val(), "cluster.pdf",
				pdf, Map.of("title", "สองเครื่อง"));
		assertThat(uploaded.statusCode()).isEqualTo(302);
		long id = db.queryForObject("select id from evidence where title = 'สองเครื่อง'", Long.class);
		PortalHttp onB = onA.onPort(b.port());
		HttpResponse<byte[]> download = onB.get("/staff/evidence/" + id + "/download");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
	}

	@Test
	void anAgencyAddedAtAHostAndThenDisabledOnAIsHonouredByB() throws Exception {
		String host = "cluster-agency.test";
		RawHttp onB = RawHttp.to(b.port());
		assertThat(new String(onB.get("/", "Host", host).body(), StandardCharsets.UTF_8))
			.as("before: a host no agency claims is the default agency's").doesNotContain("สองเครื่องทดสอบ");
		PortalHttp platform = a.reader().signedInAs("platform.admin", PLATFORM_PASSWORD);
		// The start-up platform account chooses its own password first.
		HttpResponse<byte[]> passwordForm = platform.get("/platform/password");
		assertThat(platform.post("/platform/password", platform.csrf(passwordForm), "currentPassword", PLATFORM_PASSWORD,
				"newPassword", "cluster-platform-own-2569", "confirmPassword", "cluster-platform-own-2569")
			.statusCode()).isEqualTo(302);
		HttpResponse<byte[]> home = platform.get("/platform");
		assertThat(platform.post("/platform/agencies", platform.csrf(home), "slug", "cluster-agency", "name",
				"อบต.สองเครื่องทดสอบ", "district", "อำเภอทดสอบ", "province", "จังหวัดทดสอบ", "host", host)
			.statusCode()).isEqualTo(302);

		waitFor(() -> text(onB, host).contains("สองเครื่องทดสอบ"), "B answers the new host with the new agency");
		Map<String, Object> agency = db.queryForMap("select id, version from agency where slug = 'cluster-agency'");
		HttpResponse<byte[]> confirm = platform.get("/platform/agencies/" + agency.get("id") + "/disable");
		assertThat(platform.post("/platform/agencies/" + agency.get("id") + "/disable", platform.csrf(confirm),
				"version", agency.get("version").toString()).statusCode()).isEqualTo(302);

		waitFor(() -> status(onB, host) == 503, "B answers the disabled agency's host with its 503 page");
		assertThat(text(onB, host)).doesNotContain("สองเครื่องทดสอบ");
	}

	static String text(RawHttp http, String host) {
		try {
			return new String(http.get("/", "Host", host).body(), StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			return "";
		}
	}

	static int status(RawHttp http, String host) {
		try {
			return http.get("/", "Host", host).status();
		}
		catch (java.io.IOException ex) {
			return -1;
		}
	}

	@Test
	void eachInstanceListensForPublishes() {
		assertThat(a.bean(PublishListener.class).connected()).isTrue();
		assertThat(b.bean(PublishListener.class).connected()).isTrue();
	}

	// Faults, after the rest: each leaves the instances as it found them.

	@Test
	@Order(Integer.MAX_VALUE - 3)
	void whileAnInstanceCannotHearPublishesItRendersEveryPageAndAfterwardsListensAgain() throws Exception {
		PublishListener listener = b.bean(PublishListener.class);
		Map<String, Object> published = db.queryForMap("""
				select i.number, p.disclosure_id from oit_disclosure_pub p join oit_item i on i.id = p.item_id
				join framework f on f.id = i.framework_id where f.fiscal_year = 2566 order by i.number limit 1""");
		String page = "/ita/2566/oit/o" + published.get("number");
		b.reader().get(page);
		b.reader().get(page);
		refuseNewConnections(true);
		try {
			int pid = listener.backendPid();
			server.queryForObject("select pg_terminate_backend(?)", Boolean.class, pid);
			waitFor(() -> !listener.connected(), "B notices its listening connection is gone");
			// Changed behind the instances' backs (no publish, no notification): a trusted cache would hide it.
			assertThat(db.update("update oit_disclosure_pub set progress = '<p>ไม่มีใครแจ้ง</p>' where disclosure_id = ?",
					published.get("disclosure_id"))).isEqualTo(1);
			assertThat(PortalHttp.text(b.reader().get(page))).as("rendered afresh while deaf").contains("ไม่มีใครแจ้ง");
			assertThat(b.bean(PublishGeneration.class).trusted()).isFalse();
			assertThat(status(b, "/actuator/health/readiness")).as("B is not ready for the balancer").isEqualTo(503);
		}
		finally {
			refuseNewConnections(false);
		}
		waitFor(listener::connected, "B listens again");
		assertThat(b.bean(PublishGeneration.class).trusted()).isTrue();
		assertThat(status(b, "/actuator/health/readiness")).isEqualTo(200);
	}

	@Test
	@Order(Integer.MAX_VALUE - 2)
	void whileTheDatabaseIsAwayAReaderGetsTheUnavailablePageAndTheInstanceRecoversByItself() throws Exception {
		refuseNewConnections(true);
		try {
			terminateInstanceConnections();
			HttpResponse<byte[]> away = a.reader().get("/ita/2566/measures");
			assertThat(away.statusCode()).isEqualTo(503);
			assertThat(away.headers().firstValue("Retry-After")).isPresent();
			assertThat(PortalHttp.text(away)).contains("ระบบไม่พร้อมให้บริการชั่วคราว").doesNotContain("Exception");
		}
		finally {
			refuseNewConnections(false);
		}
		waitFor(() -> status(a, "/ita/2566/measures") == 200, "A answers again without a restart");
	}

	@Test
	@Order(Integer.MAX_VALUE - 1)
	void connectionsCutUnderLoadLoseNoAcknowledgedWriteAndNeverAnswer500() throws Exception {
		PortalHttp admin = a.reader().signedInAs("demo.admin", "demo-admin-2566");
		String page = "/staff/2566/oit/o5/evidence";
		List<String> acknowledged = new java.util.ArrayList<>();
		List<Integer> statuses = new java.util.ArrayList<>();
		Thread cutter = new Thread(() -> {
			for (int i = 0; i < 5; i++) {
				terminateInstanceConnections();
				sleep(150);
			}
		});
		cutter.start();
		for (int i = 0; i < 30; i++) {
			String title = "ทนทาน " + i;
			try {
				HttpResponse<byte[]> form = admin.get(page);
				if (form.statusCode() != 200) {
					statuses.add(form.statusCode());
					continue;
				}
				HttpResponse<byte[]> saved = admin.post(page + "/link",
						Jsoup.parse(PortalHttp.text(form)).select("form[action$=/link] input[name=_csrf]").val(), "title",
						title, "url", "https://example.go.th/" + i);
				statuses.add(saved.statusCode());
				if (saved.statusCode() == 302) {
					acknowledged.add(title);
				}
			}
			catch (java.io.IOException ex) {
				// An answer cut off (never seen since pages are kept whole in the response buffer, but
				// possible if a connection breaks while the answer is on the wire): not acknowledged.
				statuses.add(CUT);
			}
		}
		cutter.join();
		assertThat(statuses).as("every answer a success or the unavailable page").allMatch(s -> s == 200 || s == 302 || s == 503 || s == CUT);
		assertThat(statuses).as("answers not cut off").filteredOn(s -> s == CUT).hasSizeLessThanOrEqualTo(2);
		assertThat(acknowledged).isNotEmpty();
		for (String title : acknowledged) {
			assertThat(db.queryForObject("select count(*) from evidence where title = ?", Integer.class, title))
				.as(title).isEqualTo(1);
		}
		waitFor(() -> status(a, page) != 503, "A recovers by itself");
	}

	/** An answer that never came whole (the connection closed while it was read). */
	static final int CUT = -1;

	static void refuseNewConnections(boolean refuse) {
		server.execute("alter database " + database + " with allow_connections " + !refuse);
	}

	/** Cuts every pooled connection of both instances (not the listeners', not the test's own). */
	static void terminateInstanceConnections() {
		server.queryForList("select pg_terminate_backend(pid) from pg_stat_activity where datname = ? "
				+ "and application_name like 'ita-portal-181%'", database);
	}

	static int status(Instance instance, String path) {
		try {
			return instance.reader().get(path).statusCode();
		}
		catch (Exception ex) {
			return -1;
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static HttpResponse<byte[]> failSignIn(Instance instance, String username) throws Exception {
		PortalHttp reader = instance.reader();
		HttpResponse<byte[]> login = reader.get("/login");
		PortalHttp session = reader.withSessionOf(login);
		return session.post("/login", session.csrf(login), "username", username, "password", "wrong");
	}

	static int throttled(String username) {
		return db.queryForObject("select count(*) from audit_log where username = ? and action = 'SIGN_IN_FAILED' "
				+ "and subject = 'throttled'", Integer.class, username);
	}

	static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as(what + " within 10 s").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	private static Path tempDir() {
		try {
			return Files.createTempDirectory("ita-cluster-test");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
