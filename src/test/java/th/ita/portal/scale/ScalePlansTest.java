package th.ita.portal.scale;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.ita.portal.agency.AgencyDirectory;
import th.ita.portal.support.PortalTest;
import th.ita.portal.support.SessionCookie;
import th.ita.portal.support.SqlCapture;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * With thousands of agencies, a page of one agency reads that agency's rows through indexes, not by
 * reading whole tables. The database is filled by the bench's own generator ({@code bench/agencies.sql},
 * {@value #AGENCIES} agencies × 3 published years × 43 items, with measures, plans, evidence rows,
 * revisions and audit entries), analyzed, and then each page below is requested at the host of an
 * agency in the middle. Every query the page runs is recorded with its values, and PostgreSQL's plan
 * for exactly that query (EXPLAIN, FORMAT JSON) must not read any table that grows with the number
 * of agencies sequentially. Small tables (the frameworks) may be read whole, and so may an agency-sized
 * table that is still under 1 MB here when an index could serve the query (the planner finds reading
 * a few pages cheaper; with thousands of agencies' rows it no longer does).
 */
@PortalTest
@Tag("scale")
@Import(SqlCapture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScalePlansTest {

	static final int AGENCIES = 1_000;

	/** The agency whose pages are asked for: one in the middle, not the first rows of any table. */
	static final String HOST = "a00500.bench.localhost";

	/** The tables that grow with the number of agencies. */
	static final Set<String> AGENCY_SIZED = Set.of("agency", "agency_host", "users", "user_role", "user_unit", "unit",
			"report", "oit_disclosure", "oit_disclosure_unit", "oit_disclosure_pub", "measure", "measure_pub",
			"indicator_plan", "indicator_plan_pub", "evidence", "evidence_pub", "revision", "revision_field",
			"audit_log", "report_score");

	/** A table smaller than this (1 MB) may be read whole if an index could have served the query. */
	static final long SMALL_TABLE_PAGES = 128;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("scale"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	SqlCapture capture;

	@Autowired
	AgencyDirectory agencies;

	final ObjectMapper json = new ObjectMapper();

	SessionCookie admin;

	@BeforeAll
	void generateAgencies() throws Exception {
		String sql = Files.readString(Path.of("bench/agencies.sql"), StandardCharsets.UTF_8)
			.replace(":agencies", Integer.toString(AGENCIES));
		try (Connection connection = this.dataSource.getConnection()) {
			ScriptUtils.executeSqlScript(connection,
					new EncodedResource(new ByteArrayResource(sql.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
		}
		this.jdbc.execute("analyze");
		// The directory of hosts is read at start-up; the agencies came after it.
		this.agencies.reload();
		assertThat(this.jdbc.queryForObject("select count(*) from agency_host where host like '%.bench.localhost'",
				Long.class)).isEqualTo(AGENCIES);
		this.admin = signIn("a00500.admin");
	}

	SessionCookie signIn(String username) throws Exception {
		this.capture.start();
		MvcResult result = this.mvc
			.perform(post("http://" + HOST + "/login").param("username", username).param("password", "demo-admin-2566")
				.with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("signed in as " + username).doesNotContain("error");
		SessionCookie session = SessionCookie.of(result);
		assertNoSeqScans("sign-in of " + username, this.capture.stop());
		return session;
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/ita/2566", "/ita/2566/oit", "/ita/2566/oit/o12", "/ita/2566/measures",
			"/ita/2565/oit", "/ita/2565/oit/o12" })
	void aPublicPageOfOneAgencyReadsItsRowsByIndex(String path) throws Exception {
		// A query string keeps the page out of the page cache: the application renders it.
		assertPlans(path, get("http://" + HOST + path + "?plans"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/staff", "/staff/2566", "/staff/2566/oit", "/staff/2566/oit/o12",
			"/staff/2566/oit/o12/evidence", "/staff/2566/measures", "/staff/2566/plans", "/staff/2566/history",
			"/staff/admin/units", "/staff/admin/users", "/staff/admin/audit", "/staff/exports/2566.xlsx" })
	void aStaffPageOfOneAgencyReadsItsRowsByIndex(String path) throws Exception {
		assertPlans(path, get("http://" + HOST + path).with(this.admin));
	}

	@ParameterizedTest
	@ValueSource(strings = { "public", "staff" })
	void anEvidenceFileOfOneAgencyIsFoundByIndex(String side) throws Exception {
		Long id = this.jdbc.queryForObject("""
				select e.id from evidence e join oit_disclosure d on d.id = e.disclosure_id
				join report r on r.id = d.report_id join agency_host h on h.agency_id = r.agency_id
				join oit_item o on o.id = d.item_id
				where h.host = ? and r.fiscal_year = 2566 and o.code = 'o12' and e.kind = 'FILE'""", Long.class, HOST);
		String path = "public".equals(side) ? "/ita/2566/oit/o12/evidence/" + id : "/staff/evidence/" + id + "/download";
		MockHttpServletRequestBuilder request = get("http://" + HOST + path);
		// The file itself is not stored (rows only): what is asked is how its row is found.
		assertPlans(path, "staff".equals(side) ? request.with(this.admin) : request);
	}

	void assertPlans(String page, MockHttpServletRequestBuilder request) throws Exception {
		this.capture.start();
		this.mvc.perform(request);
		List<SqlCapture.Query> queries = this.capture.stop();
		assertThat(queries).as("the queries of " + page).isNotEmpty();
		assertNoSeqScans(page, queries);
	}

	void assertNoSeqScans(String page, List<SqlCapture.Query> queries) throws Exception {
		List<String> problems = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection()) {
			for (SqlCapture.Query query : queries) {
				List<String> scanned = new ArrayList<>();
				String plan = explain(connection, query, scanned);
				// A table of a few pages may be read whole when the planner finds that cheaper, as long
				// as an index could serve the query: without sequential scans no such scan remains.
				scanned.removeIf(table -> pages(table) < SMALL_TABLE_PAGES);
				if (scanned.isEmpty() && plan.contains("\"Seq Scan\"")) {
					List<String> withoutSeqScans = new ArrayList<>();
					try (var statement = connection.createStatement()) {
						statement.execute("set enable_seqscan = off");
						explain(connection, query, withoutSeqScans);
						statement.execute("reset enable_seqscan");
					}
					scanned = withoutSeqScans;
				}
				if (!scanned.isEmpty()) {
					problems.add(scanned + " in " + query.sql() + "\n" + plan);
				}
			}
		}
		assertThat(problems).as("sequential scans of agency-sized tables on " + page).isEmpty();
	}

	String explain(Connection connection, SqlCapture.Query query, List<String> scanned) throws Exception {
		try (PreparedStatement explain = SqlCapture.replay(connection, "explain (format json) " + query.sql(), query);
				ResultSet plan = explain.executeQuery()) {
			plan.next();
			seqScans(this.json.readTree(plan.getString(1)), scanned);
			return plan.getString(1);
		}
	}

	long pages(String table) {
		return this.jdbc.queryForObject("select pg_relation_size(?::regclass) / 8192", Long.class, table);
	}

	static void seqScans(JsonNode node, List<String> found) {
		if (node.isArray()) {
			node.forEach(child -> seqScans(child, found));
			return;
		}
		if (!node.isObject()) {
			return;
		}
		if ("Seq Scan".equals(node.path("Node Type").asString())
				&& AGENCY_SIZED.contains(node.path("Relation Name").asString())) {
			found.add(node.path("Relation Name").asString());
		}
		node.forEach(child -> seqScans(child, found));
	}

}
