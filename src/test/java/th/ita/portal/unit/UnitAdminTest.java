package th.ita.portal.unit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.StaffUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An admin adds, renames and deactivates the agency's units. */
@PortalTest
class UnitAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffUsers staff;

	@Autowired
	JdbcTemplate jdbc;

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(this.staff.as("demo.admin"))).andReturn().getResponse()
			.getContentAsString());
	}

	@Test
	void listsTheDemoUnits() throws Exception {
		assertThat(page(get("/staff/admin/units")).select("table.units td a").eachText()).startsWith("สำนักปลัด",
				"กองคลัง", "กองช่าง", "กองการศึกษา");
	}

	@Test
	void addsRenamesAndDeactivatesAUnitWithAnAuditTrail() throws Exception {
		this.mvc.perform(post("/staff/admin/units").with(this.staff.as("demo.admin")).with(csrf())
			.param("name", "กองสาธารณสุข")).andExpect(redirectedUrl("/staff/admin/units"));
		long id = this.jdbc.queryForObject("select id from unit where name = 'กองสาธารณสุข'", Long.class);
		long version = this.jdbc.queryForObject("select version from unit where id = ?", Long.class, id);
		this.mvc.perform(post("/staff/admin/units/" + id).with(this.staff.as("demo.admin")).with(csrf())
			.param("name", "กองสาธารณสุขและสิ่งแวดล้อม")
			.param("_active", "on")
			.param("version", String.valueOf(version))).andExpect(redirectedUrl("/staff/admin/units"));
		assertThat(this.jdbc.queryForMap("select name, active from unit where id = ?", id))
			.containsEntry("name", "กองสาธารณสุขและสิ่งแวดล้อม").containsEntry("active", false);
		assertThat(this.jdbc.queryForList("select subject from audit_log where action in ('UNIT_CREATED', 'UNIT_UPDATED') "
				+ "and subject like 'กองสาธารณสุข%' order by id", String.class))
			.containsExactly("กองสาธารณสุข", "กองสาธารณสุข -> กองสาธารณสุขและสิ่งแวดล้อม (inactive)");
	}

	@Test
	void aDuplicateOrEmptyNameIsRefusedAndTheInputKept() throws Exception {
		Document duplicate = page(post("/staff/admin/units").with(csrf()).param("name", "กองคลัง"));
		assertThat(duplicate.select("#name-error").text()).isEqualTo("มีหน่วยงานย่อยชื่อนี้แล้ว");
		assertThat(duplicate.select("#name").attr("value")).isEqualTo("กองคลัง");
		assertThat(duplicate.select("#name").attr("aria-describedby")).isEqualTo("name-error");
		assertThat(page(post("/staff/admin/units").with(csrf()).param("name", "  ")).select("#name-error").text())
			.isEqualTo("โปรดกรอกข้อมูลนี้");
		assertThat(this.jdbc.queryForObject("select count(*) from unit where name = 'กองคลัง'", Integer.class)).isEqualTo(1);
	}

	@Test
	void aStaleRenameIsRefused() throws Exception {
		this.mvc.perform(post("/staff/admin/units").with(this.staff.as("demo.admin")).with(csrf())
			.param("name", "กองทดสอบซ้อน"));
		long id = this.jdbc.queryForObject("select id from unit where name = 'กองทดสอบซ้อน'", Long.class);
		long version = this.jdbc.queryForObject("select version from unit where id = ?", Long.class, id);
		this.jdbc.update("update unit set name = 'กองที่คนอื่นตั้ง', version = version + 1 where id = ?", id);
		this.mvc.perform(post("/staff/admin/units/" + id).with(this.staff.as("demo.admin")).with(csrf())
			.param("name", "ชื่อของฉัน")
			.param("active", "true")
			.param("version", String.valueOf(version))).andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select name from unit where id = ?", String.class, id))
			.isEqualTo("กองที่คนอื่นตั้ง");
	}

}
