package th.ita.portal.common;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.Staff;
import th.ita.portal.support.TestDatabase;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Staff editing drafts through MockMvc, on a database of their own that the test classes extending
 * this share (with one application): as editors of the demo agency's units, an admin or an approver.
 */
@PortalTest
abstract class EditingTestBase {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("editing"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Staff staff;

	RequestPostProcessor palad;

	@BeforeEach
	void staff() {
		this.staff = new Staff(this.jdbc);
		this.palad = this.staff.editorOf(Staff.PALAD);
	}

	Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	Document page(String url, RequestPostProcessor who) throws Exception {
		var request = get(url).accept(MediaType.TEXT_HTML);
		return html(this.mvc.perform(who == null ? request : request.with(who)).andReturn());
	}

	String formVersion(String url, RequestPostProcessor who) throws Exception {
		return page(url, who).select("input[name=version]").val();
	}

	MvcResult saveItem(String code, String version, String progress, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(post("/staff/2566/oit/" + code).with(csrf()).with(who)
			.param("unitIds", Long.toString(this.staff.unitId(Staff.PALAD)))
			.param("status", "DONE")
			.param("progress", progress)
			.param("version", version)).andReturn();
	}

	List<String> historyActions(String kind, long id) {
		return this.jdbc.queryForList("select action from revision where entity_type = ? and entity_id = ? order by id",
				String.class, kind, id);
	}

	long disclosureId(String code) {
		return this.jdbc.queryForObject("select d.id from oit_disclosure d join oit_item i on i.id = d.item_id where i.code = ?",
				Long.class, code);
	}

}
