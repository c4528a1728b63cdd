package th.ita.portal.common;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.ita.portal.support.HtmlForm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people press "save" at the same moment on forms that carry the same version, round after
 * round: one save is kept, the other gets its 409 page with both texts, the refused text is in the
 * history, and nobody ever gets a 500. Publishing one item while it is saved and while the whole
 * year is published is never a 500 either.
 */
class LostRaceTest extends RealTomcatTestBase {

	@Test
	void twoEditorsSavingAnItemAtOnce() throws Exception {
		String item = "/staff/2566/oit/o11";
		long id = this.jdbc.queryForObject("select d.id from oit_disclosure d join oit_item i on i.id = d.item_id "
				+ "where i.code = 'o11'", Long.class);
		for (int round = 0; round < ROUNDS; round++) {
			Saves saves = saveTogether(HtmlForm.on(palad, item), HtmlForm.on(klang, item), "progress",
					"ความก้าวหน้าของสำนักปลัด " + round, "ความก้าวหน้าของกองคลัง " + round);
			saves.assertOneKept(stored("select progress from oit_disclosure where id = ?", id));
			saves.assertRefusedInHistory(refusedRevisions("DISCLOSURE", id, saves.refusedText()));
			saves.assertConflictPageShowsBoth(".conflict-table", "textarea[name=progress]");
		}
	}

	@Test
	void twoPeopleSavingAMeasureAtOnce() throws Exception {
		long id = this.jdbc.queryForObject("select id from measure where position = 1 and deleted_at is null",
				Long.class);
		String measure = "/staff/2566/measures/" + id;
		for (int round = 0; round < ROUNDS; round++) {
			Saves saves = saveTogether(HtmlForm.on(palad, measure), HtmlForm.on(admin, measure), "summary",
					"สรุปผลของสำนักปลัด " + round, "สรุปผลของผู้ดูแลระบบ " + round);
			saves.assertOneKept(stored("select summary from measure where id = ?", id));
			saves.assertRefusedInHistory(refusedRevisions("MEASURE", id, saves.refusedText()));
			saves.assertConflictPageShowsBoth(".conflict-table", "textarea[name=summary]");
		}
	}

	@Test
	void twoPeopleSavingAPlanAtOnce() throws Exception {
		long id = this.jdbc.queryForObject("select p.id from indicator_plan p join indicator i on i.id = p.indicator_id "
				+ "where i.number = 1", Long.class);
		String plan = "/staff/2566/plans/1";
		for (int round = 0; round < ROUNDS; round++) {
			Saves saves = saveTogether(HtmlForm.on(palad, plan), HtmlForm.on(admin, plan), "progress",
					"ความก้าวหน้าแผนของสำนักปลัด " + round, "ความก้าวหน้าแผนของผู้ดูแลระบบ " + round);
			saves.assertOneKept(stored("select progress from indicator_plan where id = ?", id));
			saves.assertRefusedInHistory(refusedRevisions("PLAN", id, saves.refusedText()));
			saves.assertConflictPageShowsBoth(".conflict-table", "textarea[name=progress]");
		}
	}

	@Test
	void twoEditorsRenamingAPieceOfEvidenceAtOnce() throws Exception {
		String page = "/staff/2566/oit/o11/evidence";
		HtmlForm link = HtmlForm.on(palad, page, page + "/link");
		assertThat(link.with("title", "หลักฐานที่จะเปลี่ยนชื่อ").with("url", "https://www.example.go.th/race").send()
			.statusCode()).isEqualTo(302);
		long id = this.jdbc.queryForObject("select id from evidence where title = 'หลักฐานที่จะเปลี่ยนชื่อ'",
				Long.class);
		long disclosure = this.jdbc.queryForObject("select disclosure_id from evidence where id = ?", Long.class, id);
		String rename = page + "/" + id + "/title";
		for (int round = 0; round < ROUNDS; round++) {
			Saves saves = saveTogether(HtmlForm.on(palad, page, rename), HtmlForm.on(klang, page, rename), "title",
					"ชื่อหลักฐานของสำนักปลัด " + round, "ชื่อหลักฐานของกองคลัง " + round);
			saves.assertOneKept(stored("select title from evidence where id = ?", id));
			saves.assertRefusedInHistory(refusedRevisions("DISCLOSURE", disclosure, saves.refusedText()));
			saves.assertConflictPageShowsBoth("main", "#title-" + id);
		}
	}

	/**
	 * An editor saves o11 while an approver publishes it (from the page as it was before that save)
	 * and another publishes o12, and an admin publishes the whole year: each answer is a save, a
	 * publish or (for the approver who saw o11 before the save) a 409, and what the public sees of
	 * an item is the draft it says it is.
	 */
	@Test
	void publishingAnItemWhileItIsSavedAndTheYearIsPublished() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			for (String code : List.of("o11", "o12")) {
				String item = "/staff/2566/oit/" + code;
				assertThat(HtmlForm.on(palad, item).with("progress", "ร่างก่อนเผยแพร่ " + code + " " + round).send()
					.statusCode()).isEqualTo(302);
			}
			HtmlForm save = HtmlForm.on(klang, "/staff/2566/oit/o11").with("progress", "ร่างระหว่างเผยแพร่ " + round);
			HtmlForm publishO11 = HtmlForm.on(approver, "/staff/2566/oit/o11", "/staff/2566/oit/o11/publish");
			HtmlForm publishO12 = HtmlForm.on(otherAdmin, "/staff/2566/oit/o12", "/staff/2566/oit/o12/publish");
			HtmlForm publishAll = HtmlForm.on(admin, "/staff/2566", "/staff/2566/publish");
			List<HttpResponse<byte[]>> answers = race.run(save::send, publishO11::send, publishO12::send,
					publishAll::send);
			assertThat(answers.stream().map(HttpResponse::statusCode)).as("round " + round)
				.containsExactly(302, answers.get(1).statusCode() == 409 ? 409 : 302, 302, 302);
			for (String code : List.of("o11", "o12")) {
				assertThat(this.jdbc.queryForObject("""
						select count(*) from oit_disclosure d join oit_item i on i.id = d.item_id
						join oit_disclosure_pub p on p.disclosure_id = d.id
						where i.code = ? and d.published_version = d.version and p.progress is distinct from d.progress""",
						Integer.class, code))
					.as("what the public sees of %s is the draft it says it is, round %d", code, round)
					.isZero();
			}
		}
	}

}
