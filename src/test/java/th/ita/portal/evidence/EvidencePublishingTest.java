package th.ita.portal.evidence;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import th.ita.portal.oit.DisclosurePublishListener;
import th.ita.portal.oit.OitDisclosureRepository;
import th.ita.portal.web.cache.PublicPageCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public sees evidence only once its disclosure is published, and keeps seeing it until the next publish. */
class EvidencePublishingTest extends EvidenceTestBase {

	@Autowired
	DisclosurePublishListener listener;

	@Autowired
	OitDisclosureRepository disclosures;

	@Autowired
	TransactionTemplate transactions;

	/** Publishes the evidence as the item's publisher does; it also stamps the report, so the page cache is cleared. */
	String publish(String code) {
		String published = this.transactions.execute(tx -> this.listener
			.published(this.disclosures.findOfYear(this.jdbc.queryForObject("select id from agency where slug = 'bangsaothong'", Long.class), 2566, code).orElseThrow(), Instant.now(), "approver"));
		this.pageCache.clear();
		return published;
	}

	@Autowired
	PublicPageCache pageCache;

	Document publicItem() throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/ita/2566/oit/o1")).andReturn().getResponse().getContentAsString());
	}

	@Test
	void evidenceIsPublicOnlyAfterPublishingAndFilesComeBackByteIdentical() throws Exception {
		byte[] pdf = TestFiles.pdf();
		upload(palad(), O1, "รายงาน ๒๕๖๖.pdf", pdf, "รายงานผล").andExpect(status().isFound());
		addLink(palad(), O1, "ข่าวประชาสัมพันธ์", "https://www.bangsaothong.go.th/news?id=1").andExpect(status().isFound());
		assertThat(publicItem().select("#evidence-h + *").text()).isEqualTo("ยังไม่มีหลักฐานที่เผยแพร่");

		String published = publish("o1");
		assertThat(published.lines().toList()).hasSize(2);
		assertThat(published).startsWith("รายงานผล — รายงาน ๒๕๖๖.pdf, " + pdf.length + " B, sha256:")
			.endsWith("ข่าวประชาสัมพันธ์ — https://www.bangsaothong.go.th/news?id=1");

		Document page = publicItem();
		Element file = page.selectFirst(".evidence-list a:contains(รายงานผล)");
		Element link = page.selectFirst(".evidence-list a:contains(ข่าวประชาสัมพันธ์)");
		assertThat(file.parent().text()).contains("ไฟล์ PDF ขนาด").contains("ไบต์");
		assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
		assertThat(link.parent().text()).contains("www.bangsaothong.go.th");

		MvcResult download = this.mvc.perform(get(file.attr("href"))).andExpect(status().isOk()).andReturn();
		var response = download.getResponse();
		assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).startsWith("inline").contains("filename*=UTF-8''");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Content-Security-Policy").split("; "))
			.contains("sandbox", "default-src 'none'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")
			.noneMatch((directive) -> directive.startsWith("script-src"))
			.noneMatch((directive) -> directive.contains("unsafe-inline"));
		String sha = this.jdbc.queryForObject("select sha256 from evidence_pub where kind = 'FILE'", String.class);
		assertThat(response.getHeader("ETag")).isEqualTo("\"" + sha + "\"");
		assertThat(response.getHeaders("Set-Cookie")).isEmpty();
		assertThat(download.getRequest().getSession(false)).isNull();

		var notModified = this.mvc.perform(get(file.attr("href")).header("If-None-Match", "\"" + sha + "\""))
			.andExpect(status().isNotModified())
			.andReturn()
			.getResponse();
		assertThat(notModified.getHeader("Content-Security-Policy"))
			.as("a 304's headers replace the kept ones: it carries the file's policy")
			.isEqualTo(response.getHeader("Content-Security-Policy"));
	}

	@Test
	void draftFilesAreNotPublic() throws Exception {
		upload(palad(), O1, "a.pdf", TestFiles.pdf()).andExpect(status().isFound());
		long id = this.jdbc.queryForObject("select id from evidence", Long.class);
		this.mvc.perform(get("/ita/2566/oit/o1/evidence/{id}", id)).andExpect(status().isNotFound());
		publish("o1");
		long pubId = this.jdbc.queryForObject("select evidence_id from evidence_pub where kind = 'FILE'", Long.class);
		this.mvc.perform(get("/ita/2566/oit/o1/evidence/{id}", pubId)).andExpect(status().isOk());
		this.mvc.perform(get("/ita/2566/oit/o2/evidence/{id}", pubId)).andExpect(status().isNotFound());
	}

	@Test
	void aFilesPublicLinkSurvivesPublishingTheItemAgain() throws Exception {
		upload(palad(), O1, "a.pdf", TestFiles.pdf()).andExpect(status().isFound());
		publish("o1");
		String link = publicItem().select("a[href*=/evidence/]").attr("href");
		this.mvc.perform(get(link)).andExpect(status().isOk());
		publish("o1");
		publish("o1");
		assertThat(publicItem().select("a[href*=/evidence/]").attr("href")).isEqualTo(link);
		this.mvc.perform(get(link)).andExpect(status().isOk());
	}

	@Test
	void wordAndExcelFilesAreDownloadedNotShownInPlace() throws Exception {
		upload(palad(), O1, "คำสั่ง.docx", TestFiles.docx()).andExpect(status().isFound());
		publish("o1");
		long pubId = this.jdbc.queryForObject("select evidence_id from evidence_pub", Long.class);
		String disposition = this.mvc.perform(get("/ita/2566/oit/o1/evidence/{id}", pubId))
			.andReturn()
			.getResponse()
			.getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment").contains("filename*=UTF-8''%E0%B8%84");
	}

	@Test
	void aRemovedDraftStaysPublicWithItsFileUntilTheNextPublish() throws Exception {
		upload(palad(), O1, "a.pdf", TestFiles.pdf()).andExpect(status().isFound());
		publish("o1");
		long id = this.jdbc.queryForObject("select id from evidence", Long.class);
		long pubId = this.jdbc.queryForObject("select evidence_id from evidence_pub", Long.class);

		this.mvc.perform(post(O1 + "/" + id + "/remove").with(user(palad())).with(csrf()))
			.andExpect(status().isFound());
		assertThat(evidenceRows()).isZero();
		assertThat(storedFiles()).hasSize(1);
		this.mvc.perform(get("/ita/2566/oit/o1/evidence/{id}", pubId)).andExpect(status().isOk());

		assertThat(publish("o1")).isEmpty();
		assertThat(storedFiles()).isEmpty();
		this.mvc.perform(get("/ita/2566/oit/o1/evidence/{id}", pubId)).andExpect(status().isNotFound());
		assertThat(publicItem().text()).contains("ยังไม่มีหลักฐานที่เผยแพร่");
	}

	@Test
	void aRemovedUnpublishedFileLeavesTheDisk() throws Exception {
		upload(palad(), O1, "a.pdf", TestFiles.pdf()).andExpect(status().isFound());
		long id = this.jdbc.queryForObject("select id from evidence", Long.class);
		this.mvc.perform(post(O1 + "/" + id + "/remove").with(user(palad())).with(csrf()))
			.andExpect(status().isFound());
		assertThat(storedFiles()).isEmpty();
	}

}
