package th.ita.portal.common;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import th.ita.portal.support.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Editing drafts, conflicts, validation and publishing, as staff and citizens see them. */
class StaffEditingTest extends EditingTestBase {

	@Nested
	class Conflicts {

		@Test
		void theSecondSaveGetsTheConflictPageAndBothTextsSurvive() throws Exception {
			String first = formVersion("/staff/2566/oit/o5", palad);
			String second = formVersion("/staff/2566/oit/o5", staff.admin());
			assertThat(saveItem("o5", first, "ข้อความของคนแรก", palad).getResponse().getStatus()).isEqualTo(302);

			MvcResult conflict = saveItem("o5", second, "ข้อความของคนที่สอง", staff.admin());
			assertThat(conflict.getResponse().getStatus()).isEqualTo(409);
			Document page = html(conflict);
			assertThat(page.select("#conflict-h").text()).isEqualTo("มีผู้อื่นบันทึกข้อมูลนี้ก่อนท่าน");
			assertThat(page.select(".conflict-table").text()).contains("ข้อความของคนแรก").contains("ข้อความของคนที่สอง");
			assertThat(page.select("textarea[name=progress]").text()).isEqualTo("ข้อความของคนที่สอง");
			assertThat(jdbc.queryForObject("select progress from oit_disclosure where id = ?", String.class,
					disclosureId("o5")))
				.isEqualTo("<p>ข้อความของคนแรก</p>");

			// The conflict page's form carries the new version: saving again is a deliberate choice.
			String resolved = page.select("input[name=version]").val();
			assertThat(saveItem("o5", resolved, "ข้อความของคนที่สอง", staff.admin()).getResponse().getStatus())
				.isEqualTo(302);
			String texts = String.join(" ", jdbc.queryForList("""
					select f.after_value from revision_field f join revision r on r.id = f.revision_id
					where r.entity_id = ? and r.entity_type = 'DISCLOSURE' and f.field = 'progress'""", String.class,
					disclosureId("o5")));
			assertThat(texts).contains("ข้อความของคนแรก").contains("ข้อความของคนที่สอง");
			assertThat(historyActions("DISCLOSURE", disclosureId("o5"))).containsExactly("PUBLISH", "UPDATE", "CONFLICT",
					"UPDATE");
		}

	}

	@Nested
	class StaleActions {

		@Test
		void publishingADraftThatChangedSinceTheApproverSawItIsRefused() throws Exception {
			saveItem("o13", formVersion("/staff/2566/oit/o13", staff.admin()), "ร่างที่ผู้อนุมัติเห็น", staff.admin());
			String seen = page("/staff/2566/oit/o13", staff.approver()).select(".publication input[name=version]").val();
			assertThat(seen).isNotEmpty();
			saveItem("o13", formVersion("/staff/2566/oit/o13", staff.admin()), "แก้ไขหลังผู้อนุมัติเปิดดู", staff.admin());
			MvcResult result = mvc.perform(post("/staff/2566/oit/o13/publish").with(csrf()).with(staff.approver())
				.param("version", seen)).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(409);
			assertThat(page("/ita/2566/oit/o13", null).text()).doesNotContain("แก้ไขหลังผู้อนุมัติเปิดดู");
		}

		@Test
		void deletingAMeasureThatChangedSinceIsA409NotA500() throws Exception {
			long id = jdbc.queryForObject("select id from measure where position = 2 and deleted_at is null", Long.class);
			MvcResult result = mvc.perform(post("/staff/2566/measures/" + id + "/delete").with(csrf()).with(staff.admin())
				.param("version", "999")).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(409);
			assertThat(jdbc.queryForObject("select deleted_at is null from measure where id = ?", Boolean.class, id)).isTrue();
		}

		@Test
		void aDateFarOutOfRangeOnTheHistoryPageIsIgnored() throws Exception {
			long id = disclosureId("o1");
			MvcResult result = mvc.perform(get("/staff/2566/history/disclosure/" + id).param("asOf", "+300000-01-01")
				.with(staff.auditor())).andReturn();
			assertThat(result.getResponse().getStatus()).isIn(200, 400);
		}

	}

	@Nested
	class Validation {

		@Test
		void errorsReShowTheFormWithThaiMessagesAndEverythingTyped() throws Exception {
			MvcResult result = mvc.perform(post("/staff/2566/measures/new").with(csrf()).with(palad)
				.param("name", "")
				.param("method", "วิธีการที่พิมพ์ไว้ยาว ๆ\n- ขั้นที่หนึ่ง")
				.param("period", "ตลอดปีงบประมาณ")
				.param("unitId", Long.toString(staff.unitId(Staff.PALAD)))
				.param("status", "IN_PROGRESS")).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			Document page = html(result);
			assertThat(page.select("#name-error").text()).isEqualTo("โปรดกรอกข้อมูลนี้");
			assertThat(page.select("#name").attr("aria-describedby")).contains("name-error");
			assertThat(page.select("#name").attr("aria-invalid")).isEqualTo("true");
			assertThat(page.select("#error-summary a").attr("href")).isEqualTo("#name");
			assertThat(page.select("textarea[name=method]").text()).contains("วิธีการที่พิมพ์ไว้ยาว ๆ");
			assertThat(page.select("textarea[name=method]").first().wholeText()).contains("- ขั้นที่หนึ่ง");
			assertThat(page.select("input[name=period]").val()).isEqualTo("ตลอดปีงบประมาณ");
			assertThat(page.select("input[name=status][checked]").val()).isEqualTo("IN_PROGRESS");
		}

		@Test
		void anItemNeedsAtLeastOneUnit() throws Exception {
			String version = formVersion("/staff/2566/oit/o6", palad);
			MvcResult result = mvc.perform(post("/staff/2566/oit/o6").with(csrf()).with(palad)
				.param("status", "DONE")
				.param("progress", "ข้อความที่ยังอยู่")
				.param("version", version)).andReturn();
			Document page = html(result);
			assertThat(page.select("#unitIds-error").text()).isEqualTo("โปรดเลือกหน่วยงานที่รับผิดชอบอย่างน้อยหนึ่งหน่วยงาน");
			assertThat(page.select("textarea[name=progress]").text()).isEqualTo("ข้อความที่ยังอยู่");
		}

		@Test
		void anEditorCannotGiveAnItemAway() throws Exception {
			String version = formVersion("/staff/2566/oit/o7", palad);
			MvcResult result = mvc.perform(post("/staff/2566/oit/o7").with(csrf()).with(palad)
				.param("unitIds", Long.toString(staff.unitId(Staff.KLANG)))
				.param("status", "DONE")
				.param("progress", "x")
				.param("version", version)).andReturn();
			assertThat(html(result).select("#unitIds-error").text()).contains("ต้องมีหน่วยงานของท่าน");
		}

	}

	@Nested
	class Publishing {

		@Test
		void aDraftIsNotPublicUntilPublishedThenItIsWithTheNewDate() throws Exception {
			String version = formVersion("/staff/2566/oit/o8", palad);
			saveItem("o8", version, "ร่างใหม่ของข้อแปด\n- รายการหนึ่ง", palad);
			String etagBefore = mvc.perform(get("/ita/2566/oit/o8")).andReturn().getResponse().getHeader("ETag");
			assertThat(page("/ita/2566/oit/o8", null).text()).doesNotContain("ร่างใหม่ของข้อแปด");
			assertThat(page("/staff/2566/oit/o8", palad).select(".badge-draft")).isNotEmpty();
			assertThat(page("/staff/2566", staff.approver()).select("#unpublished-h + ul").text()).contains("O8");

			mvc.perform(post("/staff/2566/oit/o8/publish").with(csrf()).with(staff.approver()));

			Document publicPage = page("/ita/2566/oit/o8", null);
			assertThat(publicPage.select(".rich p").text()).isEqualTo("ร่างใหม่ของข้อแปด");
			assertThat(publicPage.select(".rich li").text()).isEqualTo("รายการหนึ่ง");
			assertThat(publicPage.select(".facts time").attr("datetime")).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).toString());
			assertThat(mvc.perform(get("/ita/2566/oit/o8")).andReturn().getResponse().getHeader("ETag")).isNotEqualTo(etagBefore);
			assertThat(page("/staff/2566/oit/o8", palad).select(".badge-draft")).isEmpty();
			assertThat(jdbc.queryForObject("select published_by from oit_disclosure_pub where disclosure_id = ?",
					String.class, disclosureId("o8"))).as("who published it").isEqualTo("approver");
			assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'PUBLISH' and username = 'approver'"
					+ " and subject = 'O8 2566'", Integer.class)).isEqualTo(1);
		}

		@Test
		void publishingAnItemPublishesItsEvidenceWithIt() throws Exception {
			mvc.perform(post("/staff/2566/oit/o11/evidence/link").with(csrf()).with(palad)
				.param("title", "หลักฐานทดสอบข้อสิบเอ็ด").param("url", "https://www.example.go.th/plan-2566"));
			assertThat(page("/staff/2566/oit/o11", palad).select(".badge-draft")).isNotEmpty();
			assertThat(page("/ita/2566/oit/o11", null).text()).doesNotContain("หลักฐานทดสอบข้อสิบเอ็ด");

			mvc.perform(post("/staff/2566/oit/o11/publish").with(csrf()).with(staff.approver()));

			Document publicPage = page("/ita/2566/oit/o11", null);
			assertThat(publicPage.select("a[href=https://www.example.go.th/plan-2566]").text()).contains("หลักฐานทดสอบข้อสิบเอ็ด");
			String evidence = jdbc.queryForObject("""
					select f.after_value from revision_field f join revision r on r.id = f.revision_id
					where r.entity_id = ? and r.entity_type = 'DISCLOSURE' and r.action = 'PUBLISH' and f.field = 'evidence'
					order by r.id desc limit 1""", String.class, disclosureId("o11"));
			assertThat(evidence).contains("หลักฐานทดสอบข้อสิบเอ็ด").contains("https://www.example.go.th/plan-2566");
		}

		@Test
		void theHistoryShowsWhatThePublicSawOnAGivenDate() throws Exception {
			String version = formVersion("/staff/2566/oit/o9", palad);
			saveItem("o9", version, "ข้อเก้าฉบับใหม่", palad);
			mvc.perform(post("/staff/2566/oit/o9/publish").with(csrf()).with(staff.approver()));
			long id = disclosureId("o9");
			Document today = page("/staff/2566/history/disclosure/" + id + "?asOf=" + LocalDate.now().plusDays(1), staff.auditor());
			assertThat(today.select(".public-copy").text()).contains("ข้อเก้าฉบับใหม่");
			Document before = page("/staff/2566/history/disclosure/" + id + "?asOf=2020-01-01", staff.auditor());
			assertThat(before.select(".public-copy").text()).contains("ณ วันนั้นยังไม่มีฉบับที่เผยแพร่");
			Document history = page("/staff/2566/history/disclosure/" + id, staff.auditor());
			assertThat(history.select(".revision-update ins").text()).contains("ข้อเก้าฉบับใหม่");
			assertThat(history.select(".revision-update del").text()).isNotBlank();
		}

		@Test
		void measuresAreCreatedDeletedAndReorderedAsDraftsThenPublishedTogether() throws Exception {
			MvcResult created = mvc.perform(post("/staff/2566/measures/new").with(csrf()).with(palad)
				.param("name", "มาตรการใหม่ทดสอบ")
				.param("unitId", Long.toString(staff.unitId(Staff.PALAD)))
				.param("status", "IN_PROGRESS")).andReturn();
			assertThat(created.getResponse().getRedirectedUrl()).startsWith("/staff/2566/measures/");
			long first = jdbc.queryForObject("select id from measure where position = 1", Long.class);
			long firstVersion = jdbc.queryForObject("select version from measure where id = ?", Long.class, first);
			assertThat(page("/staff/2566/measures/" + first + "/delete", palad).select(".alert-error").text()).contains("ใช่หรือไม่");
			mvc.perform(post("/staff/2566/measures/" + first + "/delete").with(csrf()).with(palad)
				.param("version", Long.toString(firstVersion)));
			assertThat(page("/ita/2566/measures", null).select("table.wide").first().select("tbody tr")).hasSize(3);

			mvc.perform(post("/staff/2566/publish").with(csrf()).with(staff.approver()));

			var rows = page("/ita/2566/measures", null).select("table.wide").first().select("tbody tr");
			assertThat(rows).hasSize(3);
			assertThat(rows.eachText()).noneMatch(t -> t.contains("มาตรการเสริมสร้างความซื่อสัตย์สุจริต"));
			assertThat(rows.last().text()).contains("มาตรการใหม่ทดสอบ");
			assertThat(page("/staff/2566", staff.approver()).select("#unpublished-h + p").text()).contains("ไม่มี");
		}

	}

	@Nested
	class HostileText {

		static final String PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)> javascript:alert(3) "
				+ "<a href=\"javascript:alert(4)\">x</a>";

		@Test
		void scriptsInEveryTextFieldComeOutInertOnPublicAndStaffPages() throws Exception {
			long id = jdbc.queryForObject("select id from measure where position = 2", Long.class);
			String version = formVersion("/staff/2566/measures/" + id, staff.admin());
			MvcResult measure = mvc.perform(post("/staff/2566/measures/" + id).with(csrf()).with(staff.admin())
				.param("name", PAYLOAD).param("method", PAYLOAD).param("period", PAYLOAD).param("responsible", PAYLOAD)
				.param("summary", PAYLOAD).param("outcome", PAYLOAD)
				.param("unitId", Long.toString(staff.unitId(Staff.PALAD))).param("status", "DONE")
				.param("version", version)).andReturn();
			assertSaved(measure, "/staff/2566/measures/" + id);
			assertSaved(saveItem("o10", formVersion("/staff/2566/oit/o10", palad), PAYLOAD, palad), "/staff/2566/oit/o10");
			String planVersion = formVersion("/staff/2566/plans/1", palad);
			MvcResult plan = mvc.perform(post("/staff/2566/plans/1").with(csrf()).with(palad)
				.param("guideline", PAYLOAD).param("responsible", PAYLOAD).param("period", PAYLOAD)
				.param("progress", PAYLOAD).param("unitId", Long.toString(staff.unitId(Staff.PALAD)))
				.param("status", "DONE").param("version", planVersion)).andReturn();
			assertSaved(plan, "/staff/2566/plans/1");
			assertSaved(mvc.perform(post("/staff/2566/publish").with(csrf()).with(staff.approver())).andReturn(),
					"/staff/2566");
			// What was typed is kept, as text, and is what the public now sees.
			assertThat(jdbc.queryForObject("select name from measure_pub where measure_id = ?", String.class, id))
				.isEqualTo(PAYLOAD);
			assertThat(jdbc.queryForObject("""
					select p.responsible from indicator_plan_pub p join indicator i on i.id = p.indicator_id
					where i.number = 1""", String.class)).isEqualTo(PAYLOAD);
			Document measures = page("/ita/2566/measures", null);
			assertThat(measures.text()).contains("<script>alert(1)</script>").contains("onerror=alert(2)");

			for (String url : List.of("/ita/2566/measures", "/ita/2566/oit/o10", "/ita/2566/oit")) {
				assertInert(page(url, null), url);
			}
			long disclosure = disclosureId("o10");
			for (String url : List.of("/staff/2566/measures/" + id, "/staff/2566/measures", "/staff/2566/oit/o10",
					"/staff/2566/plans/1", "/staff/2566", "/staff/2566/history",
					"/staff/2566/history/disclosure/" + disclosure, "/staff/2566/history/measure/" + id)) {
				assertInert(page(url, staff.auditor()), url);
			}
			assertThat(page("/ita/2566/oit/o10", null).select(".rich").text()).contains("<script>alert(1)</script>");
		}

		/** The save or publish was accepted: a redirect back to its page, not a form shown again. */
		void assertSaved(MvcResult result, String page) {
			assertThat(result.getResponse().getStatus()).as(page).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).as(page).startsWith(page);
		}

		void assertInert(Document page, String url) {
			assertThat(page.select("main script")).as(url).isEmpty();
			assertThat(page.select("main img")).as(url).isEmpty();
			assertThat(page.select("main *").stream().flatMap(e -> e.attributes().asList().stream())
				.filter(a -> a.getKey().toLowerCase().startsWith("on"))).as(url).isEmpty();
			assertThat(page.select("main a[href]").eachAttr("href")).as(url)
				.noneMatch(h -> h.toLowerCase().replaceAll("\\s", "").startsWith("javascript:"));
		}

	}

}
