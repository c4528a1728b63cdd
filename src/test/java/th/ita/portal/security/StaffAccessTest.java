package th.ita.portal.security;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.ita.portal.support.DatabaseState;
import th.ita.portal.support.PortalTest;
import th.ita.portal.support.Staff;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may do what in the back office. Every refused request gets 403 (or, signed out, the way to
 * the sign-in page) and leaves the database exactly as it was.
 */
@PortalTest
class StaffAccessTest {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("access"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Staff staff;

	long measureOfPalad;

	long measureOfKlang;

	@BeforeEach
	void staff() {
		this.staff = new Staff(this.jdbc);
		this.measureOfPalad = this.jdbc.queryForObject("select id from measure where position = 1", Long.class);
		this.measureOfKlang = this.jdbc.queryForObject("select id from measure where position = 3", Long.class);
	}

	int status(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
		MvcResult result = this.mvc.perform(who == null ? request : request.with(who)).andReturn();
		return result.getResponse().getStatus();
	}

	/** A refused request: 403, or a redirect to sign in when nobody is signed in; nothing changes. */
	void refused(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
		String before = DatabaseState.of(this.jdbc);
		MvcResult result = this.mvc.perform(who == null ? request : request.with(who)).andReturn();
		int status = result.getResponse().getStatus();
		if (who == null) {
			assertThat(status).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).contains("/login");
		}
		else {
			assertThat(status).isEqualTo(403);
		}
		assertThat(DatabaseState.of(this.jdbc)).isEqualTo(before);
	}

	MockHttpServletRequestBuilder editItem(String code, String unit, String text) {
		long version = this.jdbc.queryForObject("select d.version from oit_disclosure d join oit_item i on i.id = d.item_id where i.code = ?",
				Long.class, code);
		return post("/staff/2566/oit/" + code).with(csrf())
			.param("unitIds", Long.toString(this.staff.unitId(unit)))
			.param("status", "DONE")
			.param("progress", text)
			.param("version", Long.toString(version));
	}

	MockHttpServletRequestBuilder newMeasure(String unit) {
		return post("/staff/2566/measures/new").with(csrf())
			.param("name", "มาตรการทดสอบสิทธิ์")
			.param("unitId", Long.toString(this.staff.unitId(unit)))
			.param("status", "NOT_STARTED");
	}

	MockHttpServletRequestBuilder editPlan(int number, String unit) {
		long version = this.jdbc.queryForObject(
				"select p.version from indicator_plan p join indicator i on i.id = p.indicator_id where i.number = ?", Long.class,
				number);
		return post("/staff/2566/plans/" + number).with(csrf())
			.param("guideline", "แนวทางใหม่")
			.param("unitId", Long.toString(this.staff.unitId(unit)))
			.param("status", "DONE")
			.param("version", Long.toString(version));
	}

	@Nested
	class Reading {

		List<String> pages() {
			long disclosure = jdbc.queryForObject("select min(id) from oit_disclosure", Long.class);
			return List.of("/staff/2566", "/staff/2566/oit", "/staff/2566/oit/o1", "/staff/2566/oit/o19",
					"/staff/2566/measures", "/staff/2566/measures/" + measureOfPalad, "/staff/2566/measures/new",
					"/staff/2566/plans", "/staff/2566/plans/4", "/staff/2566/history",
					"/staff/2566/history/disclosure/" + disclosure);
		}

		@Test
		void signedOutVisitorsAreSentToSignIn() throws Exception {
			for (String page : pages()) {
				MvcResult result = mvc.perform(get(page)).andReturn();
				assertThat(result.getResponse().getStatus()).as(page).isEqualTo(302);
				assertThat(result.getResponse().getRedirectedUrl()).as(page).contains("/login");
			}
		}

		@Test
		void everyRoleCanReadEveryStaffPage() throws Exception {
			for (Supplier<RequestPostProcessor> who : List.<Supplier<RequestPostProcessor>>of(() -> staff.editorOf(Staff.PALAD),
					() -> staff.editorOf(Staff.KLANG), staff::approver, staff::auditor, staff::admin)) {
				for (String page : pages()) {
					assertThat(status(get(page), who.get())).as(page).isEqualTo(200);
				}
			}
		}

		@Test
		void historyIsReadWithinTheYearOfTheUrl() throws Exception {
			long disclosure = jdbc.queryForObject("select min(id) from oit_disclosure", Long.class);
			jdbc.update("insert into framework (fiscal_year, name) values (2591, 'other year')");
			jdbc.update("""
					insert into report (agency_id, framework_id) select a.id, f.id from agency a, framework f
					where a.is_default and f.fiscal_year = 2591""");
			try {
				assertThat(status(get("/staff/2566/history/disclosure/" + disclosure), staff.auditor())).isEqualTo(200);
				assertThat(status(get("/staff/2591/history/disclosure/" + disclosure), staff.auditor())).isEqualTo(404);
			}
			finally {
				jdbc.update("delete from report where framework_id = (select id from framework where fiscal_year = 2591)");
				jdbc.update("delete from framework where fiscal_year = 2591");
			}
		}

		@Test
		void unknownRecordsAre404() throws Exception {
			assertThat(status(get("/staff/2566/oit/o99"), staff.admin())).isEqualTo(404);
			assertThat(status(get("/staff/2566/measures/999999"), staff.admin())).isEqualTo(404);
			assertThat(status(get("/staff/2566/plans/9"), staff.admin())).isEqualTo(404);
			assertThat(status(get("/staff/2599/oit"), staff.admin())).isEqualTo(404);
			assertThat(status(get("/staff/2566/history/measure/999999"), staff.admin())).isEqualTo(404);
		}

	}

	@Nested
	class OitItems {

		@Test
		void onlyEditorsOfTheItemsUnitAndAdminsEdit() throws Exception {
			refused(editItem("o1", Staff.PALAD, "x"), null);
			refused(editItem("o1", Staff.PALAD, "x"), staff.editorOf(Staff.KLANG));
			refused(editItem("o1", Staff.PALAD, "x"), staff.approver());
			refused(editItem("o1", Staff.PALAD, "x"), staff.auditor());
			refused(editItem("o19", Staff.KLANG, "x"), staff.editorOf(Staff.PALAD));
			assertThat(status(editItem("o1", Staff.PALAD, "สำนักปลัดแก้ไข"), staff.editorOf(Staff.PALAD))).isEqualTo(302);
			assertThat(status(editItem("o19", Staff.KLANG, "กองคลังแก้ไข"), staff.editorOf(Staff.KLANG))).isEqualTo(302);
			assertThat(status(editItem("o2", Staff.PALAD, "ผู้ดูแลแก้ไข"), staff.admin())).isEqualTo(302);
		}

		@Test
		void onlyApproversAndAdminsPublish() throws Exception {
			MockHttpServletRequestBuilder publish = post("/staff/2566/oit/o3/publish").with(csrf());
			refused(publish, null);
			refused(publish, staff.editorOf(Staff.PALAD));
			refused(publish, staff.auditor());
			assertThat(status(publish, staff.approver())).isEqualTo(302);
			assertThat(status(post("/staff/2566/oit/o4/publish").with(csrf()), staff.admin())).isEqualTo(302);
		}

		@Test
		void aPostWithoutCsrfTokenIsRefused() throws Exception {
			String before = DatabaseState.of(jdbc);
			assertThat(status(post("/staff/2566/oit/o3/publish"), staff.admin())).isEqualTo(403);
			assertThat(DatabaseState.of(jdbc)).isEqualTo(before);
		}

	}

	@Nested
	class Measures {

		@Test
		void editorsCreateOnlyForTheirOwnUnit() throws Exception {
			refused(newMeasure(Staff.PALAD), null);
			refused(newMeasure(Staff.PALAD), staff.editorOf(Staff.KLANG));
			refused(newMeasure(Staff.PALAD), staff.approver());
			refused(newMeasure(Staff.PALAD), staff.auditor());
			assertThat(status(newMeasure(Staff.PALAD), staff.editorOf(Staff.PALAD))).isEqualTo(302);
		}

		@Test
		void movingOnesOwnMeasurePastAnotherUnitsIsRefused() throws Exception {
			// measure 3 is กองคลัง's, measure 2 above it is สำนักปลัด's
			refused(post("/staff/2566/measures/" + measureOfKlang + "/move").with(csrf()).param("direction", "up"),
					staff.editorOf(Staff.KLANG));
		}

		@Test
		void editorsOfAnotherUnitCannotMoveDeleteOrPublish() throws Exception {
			long version = jdbc.queryForObject("select version from measure where id = ?", Long.class, measureOfKlang);
			refused(post("/staff/2566/measures/" + measureOfKlang + "/move").with(csrf()).param("direction", "up"),
					staff.editorOf(Staff.PALAD));
			refused(post("/staff/2566/measures/" + measureOfKlang + "/delete").with(csrf())
				.param("version", Long.toString(version)), staff.editorOf(Staff.PALAD));
			refused(post("/staff/2566/measures/" + measureOfKlang + "/delete").with(csrf())
				.param("version", Long.toString(version)), staff.auditor());
			refused(post("/staff/2566/measures/" + measureOfKlang + "/publish").with(csrf()), staff.editorOf(Staff.KLANG));
		}

	}

	@Nested
	class Plans {

		@Test
		void onlyThePlansUnitEditsIt() throws Exception {
			refused(editPlan(4, Staff.KLANG), null);
			refused(editPlan(4, Staff.KLANG), staff.editorOf(Staff.PALAD));
			refused(editPlan(4, Staff.KLANG), staff.auditor());
			refused(editPlan(4, Staff.KLANG), staff.approver());
			assertThat(status(editPlan(4, Staff.KLANG), staff.editorOf(Staff.KLANG))).isEqualTo(302);
		}

		@Test
		void anEditorCannotHandAPlanToAnotherUnit() throws Exception {
			refused(editPlan(1, Staff.KLANG), staff.editorOf(Staff.PALAD));
		}

	}

	@Test
	void onlyApproversAndAdminsPublishTheWholeYear() throws Exception {
		refused(post("/staff/2566/publish").with(csrf()), null);
		refused(post("/staff/2566/publish").with(csrf()), staff.editorOf(Staff.PALAD));
		refused(post("/staff/2566/publish").with(csrf()), staff.auditor());
		assertThat(status(post("/staff/2566/publish").with(csrf()), staff.approver())).isEqualTo(302);
	}

}
