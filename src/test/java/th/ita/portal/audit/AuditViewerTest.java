package th.ita.portal.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.StaffUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Admins and auditors read the audit log: newest first, filtered, 50 to a page, dates in พ.ศ. */
@PortalTest
class AuditViewerTest {

	/** Entries of a made-up user, in a year no other test writes to. */
	static final String USER = "audit.viewer.fixture";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffUsers staff;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void entries() {
		if (this.jdbc.queryForObject("select count(*) from audit_log where username = ?", Integer.class, USER) > 0) {
			return;
		}
		// 120 sign-ins at the demo agency (the viewer shows the agency's own entries), one a day from 1 January 2020 (B.E. 2563), and one failed sign-in on 1 March 2020.
		Instant first = Instant.parse("2020-01-01T03:00:00Z");
		for (int day = 0; day < 120; day++) {
			this.jdbc.update("insert into audit_log (agency_id, at, username, action, subject, remote_address) "
					+ "values ((select agency_id from agency_host where host = 'localhost'), ?, ?, ?, ?, ?)",
					java.sql.Timestamp.from(first.plus(day, ChronoUnit.DAYS)), USER, "SIGN_IN", "day " + day, "10.50.0.1");
		}
		this.jdbc.update("insert into audit_log (agency_id, at, username, action, subject) "
				+ "values ((select agency_id from agency_host where host = 'localhost'), ?, ?, 'SIGN_IN_FAILED', 'bad')",
				java.sql.Timestamp.from(Instant.parse("2020-03-01T05:00:00Z")), USER);
	}

	Document page(MockHttpServletRequestBuilder request, String who) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(this.staff.as(who))).andReturn().getResponse()
			.getContentAsString());
	}

	@Test
	void filtersByUserNewestFirstFiftyToAPage() throws Exception {
		Document first = page(get("/staff/admin/audit").param("user", USER), "demo.auditor");
		assertThat(first.select("table.audit tbody tr")).hasSize(50);
		assertThat(first.select("table.audit tbody tr").first().select("td").get(3).text()).isEqualTo("day 119");
		assertThat(first.select("[role=status]").text()).isEqualTo("พบ 121 รายการ (ล่าสุดอยู่บนสุด)");
		assertThat(first.select(".pager span").text()).isEqualTo("หน้า 1 จาก 3");
		String next = first.select(".pager a[rel=next]").attr("href");
		assertThat(next).contains("user=" + USER).contains("page=1");
		Document third = page(get("/staff/admin/audit").param("user", USER).param("page", "2"), "demo.auditor");
		assertThat(third.select("table.audit tbody tr")).hasSize(21);
		assertThat(third.select("table.audit tbody tr").last().select("td").get(3).text()).isEqualTo("day 0");
	}

	@Test
	void filtersByDateRangeInBangkokDaysAndShowsBuddhistEraDates() throws Exception {
		Document february = page(get("/staff/admin/audit").param("user", USER)
			.param("from", "2020-02-01")
			.param("to", "2020-02-29"), "demo.admin");
		assertThat(february.select("table.audit tbody tr")).hasSize(29);
		assertThat(february.select("table.audit tbody tr td:first-child").first().text())
			.isEqualTo("29 กุมภาพันธ์ พ.ศ. 2563 10:00:00");
		assertThat(february.select("#from").attr("value")).isEqualTo("2020-02-01");
	}

	@Test
	void filtersByAction() throws Exception {
		Document failed = page(get("/staff/admin/audit").param("user", USER).param("action", "SIGN_IN_FAILED"),
				"demo.admin");
		assertThat(failed.select("table.audit tbody tr")).hasSize(1);
		assertThat(failed.select("table.audit tbody tr td").get(2).text()).isEqualTo("ลงชื่อเข้าใช้ไม่สำเร็จ");
		assertThat(failed.select("#action option[selected]").attr("value")).isEqualTo("SIGN_IN_FAILED");
	}

	@Test
	void nonsenseFiltersAreIgnoredNot500() throws Exception {
		Document page = page(get("/staff/admin/audit").param("from", "yesterday").param("action", "NOPE").param("page",
				"-3"), "demo.admin");
		assertThat(page.select("h1").text()).isEqualTo("บันทึกการใช้งานระบบ");
	}

	@Test
	void staffNavigationShowsTheAuditLogAndExportsToAuditorsButNotUsersOrUnits() throws Exception {
		Document auditor = page(get("/staff/admin/audit"), "demo.auditor");
		assertThat(auditor.select(".staff-nav a").eachAttr("href")).containsExactly("/staff", "/staff/admin/audit",
				"/staff/exports", "/staff/account/password");
		assertThat(auditor.select(".staff-nav form[action=/logout] input[name=_csrf]")).hasSize(1);
		Document admin = page(get("/staff/admin/audit"), "demo.admin");
		assertThat(admin.select(".staff-nav a").eachAttr("href")).containsExactly("/staff", "/staff/admin/users",
				"/staff/admin/units", "/staff/admin/frameworks", "/staff/admin/years", "/staff/admin/results",
				"/staff/admin/link-checks", "/staff/admin/audit", "/staff/exports", "/staff/account/password");
	}

}
