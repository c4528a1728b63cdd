package th.ita.portal.common;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.ita.portal.support.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Measures and plans as staff change them: stale forms are refused, and creating, moving and
 * deleting a measure each change the list and leave a revision.
 */
class MeasureAndPlanEditingTest extends EditingTestBase {

	/**
	 * Two new measures, the second moved above the first, then both deleted: the staff list follows
	 * every step, and each step is in the measure's history (created, its new position, deleted).
	 */
	@Test
	void creatingMovingAndDeletingMeasuresChangeTheListAndLeaveRevisions() throws Exception {
		long first = create("มาตรการทดสอบลำดับที่หนึ่ง");
		long second = create("มาตรการทดสอบลำดับที่สอง");
		assertThat(staffOrder()).containsSubsequence("มาตรการทดสอบลำดับที่หนึ่ง", "มาตรการทดสอบลำดับที่สอง");
		assertThat(historyActions("MEASURE", second)).containsExactly("CREATE");
		assertThat(revisionValue(second, "CREATE", "name")).isEqualTo("มาตรการทดสอบลำดับที่สอง");

		assertThat(mvc.perform(post("/staff/2566/measures/" + second + "/move").with(csrf()).with(palad)
			.param("direction", "up")).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(staffOrder()).containsSubsequence("มาตรการทดสอบลำดับที่สอง", "มาตรการทดสอบลำดับที่หนึ่ง");
		assertThat(historyActions("MEASURE", second)).containsExactly("CREATE", "UPDATE");
		assertThat(historyActions("MEASURE", first)).containsExactly("CREATE", "UPDATE");
		assertThat(Integer.parseInt(revisionValue(second, "UPDATE", "position")))
			.isLessThan(Integer.parseInt(revisionValue(first, "UPDATE", "position")));

		for (long id : List.of(first, second)) {
			String version = jdbc.queryForObject("select version from measure where id = ?", Long.class, id).toString();
			assertThat(mvc.perform(post("/staff/2566/measures/" + id + "/delete").with(csrf()).with(palad)
				.param("version", version)).andReturn().getResponse().getStatus()).isEqualTo(302);
			assertThat(historyActions("MEASURE", id)).endsWith("DELETE");
		}
		assertThat(staffOrder()).doesNotContain("มาตรการทดสอบลำดับที่หนึ่ง", "มาตรการทดสอบลำดับที่สอง");
	}

	/**
	 * A measure, a plan and an item changed: the staff lists mark each as unpublished. Publishing
	 * the whole year publishes them at once, with one publish time (the report's), and the marks go.
	 */
	@Test
	void publishingTheYearGivesEveryChangeOnePublishTimeAndClearsTheUnpublishedMarks() throws Exception {
		long measure = jdbc.queryForObject("select id from measure where position = 3 and deleted_at is null", Long.class);
		assertThat(saveMeasure(measure, formVersion("/staff/2566/measures/" + measure, staff.admin()),
				"สรุปผลก่อนเผยแพร่ทั้งปี", staff.admin()).getResponse().getStatus()).isEqualTo(302);
		assertThat(savePlan(5, formVersion("/staff/2566/plans/5", staff.admin()), "แผนก่อนเผยแพร่ทั้งปี")
			.getResponse().getStatus()).isEqualTo(302);
		assertThat(saveItem("o15", formVersion("/staff/2566/oit/o15", staff.admin()), "ข้อสิบห้าก่อนเผยแพร่ทั้งปี",
				staff.admin()).getResponse().getStatus()).isEqualTo(302);

		assertThat(draftBadges(measure)).as("the lists mark each change as unpublished").containsExactly(true, true, true);

		assertThat(mvc.perform(post("/staff/2566/publish").with(csrf()).with(staff.approver())).andReturn()
			.getResponse().getStatus()).isEqualTo(302);
		assertThat(draftBadges(measure)).containsExactly(false, false, false);

		List<Object> times = jdbc.queryForList("""
				select published_at from measure_pub where measure_id = ?
				union all select p.published_at from indicator_plan_pub p join indicator i on i.id = p.indicator_id
				  where i.number = 5
				union all select published_at from oit_disclosure_pub where disclosure_id = ?
				union all select r.last_published_at from report r join framework f on f.id = r.framework_id
				  where f.fiscal_year = 2566""", Object.class, measure, disclosureId("o15"));
		assertThat(times).hasSize(4);
		assertThat(times.stream().distinct()).as("one publish time: " + times).hasSize(1);
	}

	/** Whether the staff lists of measures, plans and items mark measure {@code id}, plan 5 and o15 as unpublished. */
	List<Boolean> draftBadges(long id) throws Exception {
		return List.of(!page("/staff/2566/measures", staff.auditor()).select("#measure-" + id + " .badge-draft").isEmpty(),
				!page("/staff/2566/plans", staff.auditor()).select("li:has(a[href$=/plans/5]) .badge-draft").isEmpty(),
				!page("/staff/2566/oit", staff.auditor()).select("tr:has(a[href$=/oit/o15]) .badge-draft").isEmpty());
	}

	long create(String name) throws Exception {
		MvcResult created = mvc.perform(post("/staff/2566/measures/new").with(csrf()).with(palad)
			.param("name", name)
			.param("unitId", Long.toString(staff.unitId(Staff.PALAD)))
			.param("status", "IN_PROGRESS")).andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		return jdbc.queryForObject("select id from measure where name = ?", Long.class, name);
	}

	/** The names of the year's measures as the staff list shows them, in order. */
	List<String> staffOrder() throws Exception {
		return page("/staff/2566/measures", palad).select(".measure-list .measure-main > a").eachText();
	}

	String revisionValue(long measure, String action, String field) {
		return jdbc.queryForObject("""
				select f.after_value from revision_field f join revision r on r.id = f.revision_id
				where r.entity_type = 'MEASURE' and r.entity_id = ? and r.action = ? and f.field = ?""", String.class,
				measure, action, field);
	}

	/**
	 * Two people open a measure's form, the first saves, the second's save (carrying the older
	 * version) is refused with both texts and overwrites nothing; the refused text is kept.
	 */
	@Test
	void aStaleMeasureFormIsRefusedWithBothTextsAndOverwritesNothing() throws Exception {
		long id = jdbc.queryForObject("select id from measure where position = 3 and deleted_at is null", Long.class);
		String url = "/staff/2566/measures/" + id;
		RequestPostProcessor klang = staff.editorOf(Staff.KLANG);
		String first = formVersion(url, klang);
		String second = formVersion(url, staff.admin());
		assertThat(saveMeasure(id, first, "สรุปผลที่บันทึกก่อน", klang).getResponse().getStatus()).isEqualTo(302);

		MvcResult refused = saveMeasure(id, second, "สรุปผลจากฟอร์มเก่า", staff.admin());
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		Document page = html(refused);
		assertThat(page.select(".conflict-table").text()).contains("สรุปผลที่บันทึกก่อน").contains("สรุปผลจากฟอร์มเก่า");
		assertThat(page.select("textarea[name=summary]").text()).isEqualTo("สรุปผลจากฟอร์มเก่า");
		assertThat(jdbc.queryForObject("select summary from measure where id = ?", String.class, id))
			.isEqualTo("<p>สรุปผลที่บันทึกก่อน</p>");
		assertThat(refusedTexts("MEASURE", id, "summary")).containsExactly("<p>สรุปผลจากฟอร์มเก่า</p>");
	}

	/**
	 * One editor opens a measure's form, someone else deletes the measure, then the editor saves:
	 * the save is refused with the 409 page, which keeps the typed text and says the measure was
	 * deleted; the refused text is in the history, and the measure stays deleted.
	 */
	@Test
	void aSaveThatLosesToADeleteIsRefusedWithTheTypedTextKept() throws Exception {
		long id = create("มาตรการที่ถูกลบระหว่างแก้ไข");
		String url = "/staff/2566/measures/" + id;
		String version = formVersion(url, palad);
		assertThat(mvc.perform(post(url + "/delete").with(csrf()).with(staff.admin()).param("version", version))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);

		MvcResult refused = saveMeasure(id, version, "สรุปผลที่พิมพ์ไว้ก่อนถูกลบ", palad);
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		Document page = html(refused);
		assertThat(page.select("textarea[name=summary]").text()).isEqualTo("สรุปผลที่พิมพ์ไว้ก่อนถูกลบ");
		assertThat(page.select(".conflict .conflict-deleted")).hasSize(1);
		assertThat(refusedTexts("MEASURE", id, "summary")).containsExactly("<p>สรุปผลที่พิมพ์ไว้ก่อนถูกลบ</p>");
		assertThat(jdbc.queryForObject("select deleted_at is not null from measure where id = ?", Boolean.class, id))
			.isTrue();
	}

	@Test
	void aStalePlanFormIsRefusedWithBothTextsAndOverwritesNothing() throws Exception {
		long id = jdbc.queryForObject("select p.id from indicator_plan p join indicator i on i.id = p.indicator_id "
				+ "where i.number = 3", Long.class);
		String first = formVersion("/staff/2566/plans/3", staff.admin());
		String second = formVersion("/staff/2566/plans/3", staff.admin());
		assertThat(savePlan(3, first, "ความก้าวหน้าที่บันทึกก่อน").getResponse().getStatus()).isEqualTo(302);

		MvcResult refused = savePlan(3, second, "ความก้าวหน้าจากฟอร์มเก่า");
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		Document page = html(refused);
		assertThat(page.select(".conflict-table").text()).contains("ความก้าวหน้าที่บันทึกก่อน")
			.contains("ความก้าวหน้าจากฟอร์มเก่า");
		assertThat(page.select("textarea[name=progress]").text()).isEqualTo("ความก้าวหน้าจากฟอร์มเก่า");
		assertThat(jdbc.queryForObject("select progress from indicator_plan where id = ?", String.class, id))
			.isEqualTo("<p>ความก้าวหน้าที่บันทึกก่อน</p>");
		assertThat(refusedTexts("PLAN", id, "progress")).containsExactly("<p>ความก้าวหน้าจากฟอร์มเก่า</p>");
	}

	MvcResult saveMeasure(long id, String version, String summary, RequestPostProcessor who) throws Exception {
		Map<String, Object> measure = jdbc.queryForMap("select name, period, responsible, unit_id from measure where id = ?", id);
		return mvc.perform(post("/staff/2566/measures/" + id).with(csrf()).with(who)
			.param("name", Objects.toString(measure.get("name"), ""))
			.param("period", Objects.toString(measure.get("period"), ""))
			.param("responsible", Objects.toString(measure.get("responsible"), ""))
			.param("summary", summary)
			.param("unitId", measure.get("unit_id").toString())
			.param("status", "DONE")
			.param("version", version)).andReturn();
	}

	MvcResult savePlan(int number, String version, String progress) throws Exception {
		Map<String, Object> plan = jdbc.queryForMap("""
				select p.guideline, p.responsible, p.period, p.unit_id from indicator_plan p
				join indicator i on i.id = p.indicator_id where i.number = ?""", number);
		return mvc.perform(post("/staff/2566/plans/" + number).with(csrf()).with(staff.admin())
			.param("guideline", "แนวทางเดิม")
			.param("responsible", Objects.toString(plan.get("responsible"), ""))
			.param("period", Objects.toString(plan.get("period"), ""))
			.param("progress", progress)
			.param("unitId", plan.get("unit_id").toString())
			.param("status", "DONE")
			.param("version", version)).andReturn();
	}

	List<String> refusedTexts(String kind, long id, String field) {
		return jdbc.queryForList("""
				select f.after_value from revision_field f join revision r on r.id = f.revision_id
				where r.entity_type = ? and r.entity_id = ? and r.action = 'CONFLICT' and f.field = ?""",
				String.class, kind, id, field);
	}

}
