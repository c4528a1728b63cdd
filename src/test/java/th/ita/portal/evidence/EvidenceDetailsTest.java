package th.ita.portal.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import th.ita.portal.oit.DisclosurePublishListener;
import th.ita.portal.oit.OitDisclosureRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evidence tied to its item's components, with its date and period in พ.ศ.: saved with a revision,
 * carried by the published copy; a forged component, a date outside 2500–2700, an unreadable date
 * and an inverted period are refused with a message, the typed text kept and nothing changed.
 */
class EvidenceDetailsTest extends EvidenceTestBase {

	@Autowired
	DisclosurePublishListener listener;

	@Autowired
	OitDisclosureRepository disclosures;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	th.ita.portal.web.cache.PublicPageCache pageCache;

	long link;

	@BeforeEach
	void aLink() throws Exception {
		addLink(palad(), O1, "โครงสร้าง", "https://a.go.th/s").andExpect(status().isFound());
		this.link = evidenceId("โครงสร้าง");
	}

	List<Long> componentsOf(String code) {
		return this.jdbc.queryForList("""
				select c.id from oit_item_component c join oit_item i on i.id = c.item_id join framework f on f.id = i.framework_id
				where f.fiscal_year = 2566 and i.code = ? order by c.position""", Long.class, code);
	}

	long version() {
		return this.jdbc.queryForObject("select version from evidence where id = ?", Long.class, this.link);
	}

	ResultActions save(String date, String from, String to, Long... components) throws Exception {
		var request = post(O1 + "/" + this.link + "/details").param("documentDate", date).param("periodFrom", from)
			.param("periodTo", to).param("version", Long.toString(version()));
		for (Long c : components) {
			request.param("components", c.toString());
		}
		return this.mvc.perform(request.with(user(palad())).with(csrf()));
	}

	static Document page(ResultActions result) throws Exception {
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
	}

	String lastRevision() {
		return this.jdbc.queryForObject("""
				select f.after_value from revision r join revision_field f on f.revision_id = r.id
				where f.field = 'evidence' order by r.id desc limit 1""", String.class);
	}

	@Test
	void tiesAndDatesAreSavedWithARevisionAndPublishedWithTheCopy() throws Exception {
		List<Long> o1 = componentsOf("o1");
		Document form = page(this.mvc.perform(get(O1 + "/" + this.link + "/details").with(user(palad())))
			.andExpect(status().isOk()));
		assertThat(form.select("input[name=components]")).hasSize(o1.size());
		assertThat(form.select("label[for=documentDate]").text()).isEqualTo("ลงวันที่ (วันที่ของเอกสาร)");

		save("๕/๔/๒๕๖๖", "1/10/2565", "31/3/2566", o1.get(0), o1.get(1)).andExpect(status().isFound());

		assertThat(this.jdbc.queryForMap("select document_date, period_from, period_to from evidence where id = ?", this.link))
			.containsEntry("document_date", java.sql.Date.valueOf(LocalDate.of(2023, 4, 5)))
			.containsEntry("period_from", java.sql.Date.valueOf(LocalDate.of(2022, 10, 1)))
			.containsEntry("period_to", java.sql.Date.valueOf(LocalDate.of(2023, 3, 31)));
		assertThat(this.jdbc.queryForList("select component_id from evidence_component where evidence_id = ? order by 1",
				Long.class, this.link)).containsExactly(o1.get(0), o1.get(1));
		assertThat(lastRevision()).isEqualTo(
				"โครงสร้าง — https://a.go.th/s · ลงวันที่ 5/4/2566 · ช่วง 1/10/2565–31/3/2566 · องค์ประกอบ 1, 2");

		this.transactions.executeWithoutResult(tx -> this.listener
			.published(this.disclosures.findOfYear(this.jdbc.queryForObject("select id from agency where slug = 'bangsaothong'", Long.class), 2566, "o1").orElseThrow(), Instant.now(), "approver"));
		assertThat(this.jdbc.queryForMap("select document_date, period_to from evidence_pub where evidence_id = ?", this.link))
			.containsEntry("document_date", java.sql.Date.valueOf(LocalDate.of(2023, 4, 5)))
			.containsEntry("period_to", java.sql.Date.valueOf(LocalDate.of(2023, 3, 31)));
		assertThat(this.jdbc.queryForList("""
				select c.component_id from evidence_pub_component c join evidence_pub e on e.id = c.evidence_pub_id
				where e.evidence_id = ? order by 1""", Long.class, this.link)).containsExactly(o1.get(0), o1.get(1));
		this.pageCache.clear();
		Document item = page(this.mvc.perform(get("/ita/2566/oit/o1")).andExpect(status().isOk()));
		assertThat(item.select(".evidence-list li").text()).contains("ลงวันที่ 5 เมษายน พ.ศ. 2566",
				"ครอบคลุม 1 ตุลาคม พ.ศ. 2565 ถึง 31 มีนาคม พ.ศ. 2566");
	}

	@Nested
	class Refused {

		@Test
		void aComponentOfAnotherItemChangesNothing() throws Exception {
			Long forged = componentsOf("o19").get(0);
			Document page = page(save("5/4/2566", "", "", componentsOf("o1").get(0), forged)
				.andExpect(status().isUnprocessableContent()));
			assertThat(page.select("#components-error").text()).contains("ไม่ใช่ของข้อนี้");
			assertThat(page.select("#documentDate").attr("value")).isEqualTo("5/4/2566");
			assertThat(jdbc.queryForObject("select count(*) from evidence_component", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("select document_date from evidence where id = ?", LocalDate.class, link)).isNull();
		}

		@Test
		void aYearOutside2500To2700KeepsTheTypedText() throws Exception {
			Document page = page(save("5/4/2023", "", "").andExpect(status().isUnprocessableContent()));
			assertThat(page.select("#documentDate-error").text()).contains("2500 ถึง 2700");
			assertThat(page.select("#documentDate").attr("value")).isEqualTo("5/4/2023");
			assertThat(page.select("#documentDate").attr("aria-invalid")).isEqualTo("true");
		}

		@Test
		void aDayThatDoesNotExistOrTextThatIsNoDate() throws Exception {
			assertThat(page(save("31/2/2566", "", "").andExpect(status().isUnprocessableContent()))
				.select("#documentDate-error").text()).contains("วันที่ไม่ถูกต้อง");
			assertThat(page(save("<b>เมื่อวาน</b>", "", "").andExpect(status().isUnprocessableContent()))
				.select("#documentDate").attr("value")).isEqualTo("<b>เมื่อวาน</b>");
		}

		@Test
		void aPeriodThatEndsBeforeItStarts() throws Exception {
			Document page = page(save("", "31/3/2566", "1/10/2565").andExpect(status().isUnprocessableContent()));
			assertThat(page.select("#periodTo-error").text()).contains("ก่อนวันเริ่มต้น");
			assertThat(page.select("#periodFrom").attr("value")).isEqualTo("31/3/2566");
			assertThat(jdbc.queryForObject("select period_from from evidence where id = ?", LocalDate.class, link)).isNull();
		}

		@Test
		void aStaleFormIsAConflictWithTheTypedTextKept() throws Exception {
			var request = post(O1 + "/" + link + "/details").param("documentDate", "5/4/2566").param("version", "99")
				.with(user(palad())).with(csrf());
			Document page = page(mvc.perform(request).andExpect(status().isConflict()));
			assertThat(page.select("#documentDate").attr("value")).isEqualTo("5/4/2566");
			assertThat(page.select("[role=alert]").text()).contains("มีผู้แก้ไขหลักฐานนี้");
		}

		@Test
		void anEditorOfAnotherUnitIsForbidden() throws Exception {
			mvc.perform(post(O1 + "/" + link + "/details").param("documentDate", "5/4/2566").param("version", "0")
				.with(user(editorOf("กองคลัง"))).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(get(O1 + "/999999/details").with(user(palad()))).andExpect(status().isNotFound());
		}

	}

}
