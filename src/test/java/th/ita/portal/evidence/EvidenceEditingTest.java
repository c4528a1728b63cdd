package th.ita.portal.evidence;

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

/** Renaming, reordering and removing evidence; every change leaves a revision and marks the disclosure. */
class EvidenceEditingTest extends EvidenceTestBase {

	long disclosureId() {
		return this.jdbc.queryForObject("""
				select d.id from oit_disclosure d join oit_item i on i.id = d.item_id
				join framework f on f.id = i.framework_id where f.fiscal_year = 2566 and i.code = 'o1'""", Long.class);
	}

	List<String> titlesInOrder() {
		return this.jdbc.queryForList("select title from evidence order by position", String.class);
	}

	List<String> evidenceRevisions() {
		return this.jdbc.queryForList("""
				select f.after_value from revision r join revision_field f on f.revision_id = r.id
				where r.entity_type = 'DISCLOSURE' and r.entity_id = ? and f.field = 'evidence' order by r.id""",
				String.class, disclosureId());
	}

	@Test
	void everyChangeLeavesARevisionAndMarksTheDisclosureWithoutMovingItsVersion() throws Exception {
		long version = this.jdbc.queryForObject("select version from oit_disclosure where id = ?", Long.class,
				disclosureId());
		int revisionsBefore = evidenceRevisions().size();
		addLink(palad(), O1, "หนึ่ง", "https://a.go.th/1").andExpect(status().isFound());
		upload(palad(), O1, "b.png", TestFiles.png(), "สอง").andExpect(status().isFound());
		addLink(palad(), O1, "สาม", "https://a.go.th/3").andExpect(status().isFound());
		assertThat(titlesInOrder()).containsExactly("หนึ่ง", "สอง", "สาม");

		long three = evidenceId("สาม");
		this.mvc.perform(post(O1 + "/" + three + "/up").with(user(palad())).with(csrf())).andExpect(status().isFound());
		assertThat(titlesInOrder()).containsExactly("หนึ่ง", "สาม", "สอง");
		long one = evidenceId("หนึ่ง");
		this.mvc.perform(post(O1 + "/" + one + "/down").with(user(palad())).with(csrf())).andExpect(status().isFound());
		assertThat(titlesInOrder()).containsExactly("สาม", "หนึ่ง", "สอง");

		long version1 = this.jdbc.queryForObject("select version from evidence where id = ?", Long.class, one);
		this.mvc.perform(post(O1 + "/" + one + "/title").param("title", "หนึ่ง (แก้)")
			.param("version", Long.toString(version1))
			.with(user(palad()))
			.with(csrf())).andExpect(status().isFound());

		Document confirm = Jsoup.parse(this.mvc.perform(get(O1 + "/" + three + "/remove").with(user(palad())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(confirm.text()).contains("ต้องการลบหลักฐาน \"สาม\" ใช่หรือไม่");
		assertThat(evidenceRows()).isEqualTo(3);
		this.mvc.perform(post(confirm.selectFirst("main form").attr("action")).with(user(palad())).with(csrf()))
			.andExpect(status().isFound());
		assertThat(titlesInOrder()).containsExactly("หนึ่ง (แก้)", "สอง");

		List<String> revisions = evidenceRevisions();
		assertThat(revisions).hasSize(revisionsBefore + 7);
		String last = revisions.get(revisions.size() - 1);
		assertThat(last.lines().toList()).hasSize(2);
		assertThat(last).startsWith("หนึ่ง (แก้) — https://a.go.th/1\nสอง — b.png, ")
			.matches("(?s).*, \\d+ B, sha256:[0-9a-f]{12}$");
		assertThat(this.jdbc.queryForMap("select version, evidence_changed_at from oit_disclosure where id = ?",
				disclosureId()))
			.containsEntry("version", version)
			.extractingByKey("evidence_changed_at")
			.isNotNull();
	}

	@Test
	void aStaleRenameIsRefusedAndOverwritesNothing() throws Exception {
		addLink(palad(), O1, "เดิม", "https://a.go.th/1").andExpect(status().isFound());
		long id = evidenceId("เดิม");
		this.mvc.perform(post(O1 + "/" + id + "/title").param("title", "ของคนแรก")
			.param("version", "0")
			.with(user(palad()))
			.with(csrf())).andExpect(status().isFound());

		String html = this.mvc.perform(post(O1 + "/" + id + "/title").param("title", "ของคนที่สอง")
			.param("version", "0")
			.with(user(admin()))
			.with(csrf())).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.getElementById("title-" + id + "-error").text()).contains("ไม่ได้บันทึก").contains("ของคนแรก");
		assertThat(page.getElementById("title-" + id).val()).isEqualTo("ของคนที่สอง");
		assertThat(page.getElementById("title-" + id).attr("aria-describedby")).isEqualTo("title-" + id + "-error");
		assertThat(titlesInOrder()).containsExactly("ของคนแรก");
	}

	@Test
	void anEmptyTitleIsRefused() throws Exception {
		addLink(palad(), O1, "เดิม", "https://a.go.th/1").andExpect(status().isFound());
		long id = evidenceId("เดิม");
		this.mvc.perform(post(O1 + "/" + id + "/title").param("title", "  ").param("version", "0")
			.with(user(palad()))
			.with(csrf())).andExpect(status().isUnprocessableContent());
		addLink(palad(), O1, "", "https://a.go.th/2").andExpect(status().isUnprocessableContent());
		assertThat(titlesInOrder()).containsExactly("เดิม");
	}

}
