package th.ita.portal.evidence;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may see and change evidence, enforced on the server for every request. */
class EvidenceAccessTest extends EvidenceTestBase {

	@Test
	void editorOfAnotherUnitGets403AndNothingChanges() throws Exception {
		upload(editorOf("กองคลัง"), O19, "a.pdf", TestFiles.pdf()).andExpect(status().isFound());
		long id = this.jdbc.queryForObject("select id from evidence", Long.class);
		List<Path> filesBefore = storedFiles();
		String rowsBefore = this.jdbc.queryForList("select id, title, position, version from evidence").toString();

		upload(palad(), O19, "b.pdf", TestFiles.pdf()).andExpect(status().isForbidden());
		upload(palad(), O19, "x.pdf", TestFiles.shellScript()).andExpect(status().isForbidden());
		addLink(palad(), O19, "ลิงก์", "https://example.go.th").andExpect(status().isForbidden());
		addLink(palad(), O19, "", "javascript:alert(1)").andExpect(status().isForbidden());
		for (String action : List.of("/up", "/down", "/remove")) {
			this.mvc.perform(post(O19 + "/" + id + action).with(user(palad())).with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(post(O19 + "/" + id + "/title").param("title", "ใหม่").param("version", "0")
			.with(user(palad()))
			.with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get(O19 + "/" + id + "/remove").with(user(palad()))).andExpect(status().isForbidden());

		assertThat(this.jdbc.queryForList("select id, title, position, version from evidence").toString())
			.isEqualTo(rowsBefore);
		assertThat(storedFiles()).isEqualTo(filesBefore);
	}

	@Test
	void evidenceOfOneDisclosureCannotBeChangedThroughAnother() throws Exception {
		upload(editorOf("กองคลัง"), O19, "a.pdf", TestFiles.pdf()).andExpect(status().isFound());
		long id = this.jdbc.queryForObject("select id from evidence", Long.class);
		this.mvc.perform(post(O1 + "/" + id + "/remove").with(user(palad())).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(evidenceRows()).isEqualTo(1);
	}

	@Test
	void anonymousIsSentToSignIn() throws Exception {
		this.mvc.perform(get(O1)).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/staff/evidence/1/download")).andExpect(status().is3xxRedirection());
		this.mvc.perform(post(O1 + "/link").param("title", "t").param("url", "https://a.go.th").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(evidenceRows()).isZero();
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post(O1 + "/link").param("title", "t").param("url", "https://a.go.th").with(user(palad())))
			.andExpect(status().isForbidden());
		assertThat(evidenceRows()).isZero();
	}

	@Test
	void auditorSeesTheEvidenceButNoEditControls() throws Exception {
		addLink(palad(), O1, "ประกาศ", "https://example.go.th/a").andExpect(status().isFound());
		Document page = Jsoup.parse(this.mvc.perform(get(O1).with(user(auditor())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".evidence-list li").text()).contains("ประกาศ");
		assertThat(page.select("main form")).isEmpty();
		assertThat(page.text()).contains("แก้ไขไม่ได้");
		addLink(auditor(), O1, "อื่น", "https://example.go.th/b").andExpect(status().isForbidden());
	}

	@Test
	void editorOfTheUnitAndAdminSeeTheForms() throws Exception {
		for (var who : List.of(palad(), admin())) {
			Document page = Jsoup.parse(this.mvc.perform(get(O1).with(user(who)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(page.getElementById("link-url")).isNotNull();
			assertThat(page.select("form[enctype=multipart/form-data] input[name=_csrf]")).hasSize(1);
			assertThat(page.select("label[for=file-file]").text()).isEqualTo("ไฟล์");
			assertThat(page.getElementById("file-help").text()).contains("20 เมกะไบต์");
		}
	}

	@Test
	void unknownItemIs404() throws Exception {
		this.mvc.perform(get("/staff/2566/oit/o99/evidence").with(user(palad()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/staff/evidence/999999/download").with(user(palad()))).andExpect(status().isNotFound());
	}

}
