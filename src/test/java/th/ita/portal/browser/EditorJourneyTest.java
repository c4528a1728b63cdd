package th.ita.portal.browser;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.ita.portal.web.cache.PublicPageCache;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor of สำนักปลัด signs in, edits an item of their unit (and only theirs), recovers from a
 * mistake without losing text, adds evidence; the approver publishes; a citizen sees it.
 */
class EditorJourneyTest extends Journey {

	static final String NEW_PROGRESS = "เผยแพร่ข้อมูลการติดต่อหน่วยงานครบถ้วนแล้ว ทดสอบผ่านเบราว์เซอร์";

	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	static final List<String> THAI_MONTHS = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
			"กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublicPageCache publicPages;

	@Test
	void editorEditsTheirItemTheApproverPublishesAndTheCitizenSeesTheNewTextAndDate() throws Exception {
		LocalDate lastPublished = LocalDate.of(2023, 3, 15);
		publishedOn("o3", lastPublished);
		WebDriver citizen = browser();
		citizen.get(url("/ita/2566/oit/o3"));
		assertPublishedOn(citizen, lastPublished, "15 มีนาคม พ.ศ. 2566");

		WebDriver editor = browser();
		signIn(editor, EDITOR, EDITOR_PASSWORD);
		editor.get(url("/staff/2566/oit/o3"));
		WebElement progress = editor.findElement(By.id("progress"));
		progress.clear();
		progress.sendKeys(NEW_PROGRESS);
		for (WebElement unit : editor.findElements(By.cssSelector("input[name=unitIds]"))) {
			if (unit.isSelected()) {
				unit.click();
			}
		}
		submit(editor, "/staff/2566/oit/o3");
		assertThat(editor.findElements(By.id("error-summary"))).hasSize(1);
		assertThat(editor.findElement(By.cssSelector("fieldset[aria-describedby=unitIds-error]")).isDisplayed()).isTrue();
		assertThat(editor.findElement(By.id("progress")).getAttribute("value")).as("typed text survives")
			.isEqualTo(NEW_PROGRESS);

		editor.findElement(By.xpath("//label[contains(., 'สำนักปลัด')]/input[@name='unitIds']")).click();
		submit(editor, "/staff/2566/oit/o3");
		assertThat(editor.findElements(By.id("error-summary"))).isEmpty();
		assertThat(editor.findElement(By.id("progress")).getAttribute("value")).isEqualTo(NEW_PROGRESS);

		editor.get(url("/staff/2566/oit/o3/evidence"));
		editor.findElement(By.id("file-title")).sendKeys("ช่องทางติดต่อ");
		byte[] pdf = minimalPdf("editor-journey").getBytes(StandardCharsets.US_ASCII);
		editor.findElement(By.id("file-file")).sendKeys(tempFile("contact.pdf", pdf).toString());
		submit(editor, "/oit/o3/evidence/file");
		editor.findElement(By.id("link-title")).sendKeys("แผนที่สำนักงาน");
		editor.findElement(By.id("link-url")).sendKeys("https://www.example.go.th/map");
		submit(editor, "/oit/o3/evidence/link");
		assertThat(text(editor, "main .evidence-list")).contains("ช่องทางติดต่อ", "แผนที่สำนักงาน");

		citizen.navigate().refresh();
		assertThat(text(citizen, "main")).as("a draft is not public").doesNotContain(NEW_PROGRESS, "แผนที่สำนักงาน");
		assertPublishedOn(citizen, lastPublished, "15 มีนาคม พ.ศ. 2566");

		WebDriver approver = browser();
		signIn(approver, APPROVER, APPROVER_PASSWORD);
		approver.get(url("/staff/2566/oit/o3"));
		submit(approver, "/oit/o3/publish");

		citizen.navigate().refresh();
		assertThat(text(citizen, "main")).contains(NEW_PROGRESS, "ช่องทางติดต่อ", "แผนที่สำนักงาน");
		LocalDate today = LocalDate.now(BANGKOK);
		assertPublishedOn(citizen, today, today.getDayOfMonth() + " " + THAI_MONTHS.get(today.getMonthValue() - 1)
				+ " พ.ศ. " + (today.getYear() + 543));
	}

	@Test
	void editorSeesExactlyTheirUnitsItemsAsEditableAndCannotChangeAnyOther() throws Exception {
		WebDriver editor = browser();
		signIn(editor, EDITOR, EDITOR_PASSWORD);
		editor.get(url("/staff/2566/oit"));
		@SuppressWarnings("unchecked")
		List<List<Object>> rows = (List<List<Object>>) js(editor,
				"return [...document.querySelectorAll('table.staff-items tbody tr')]"
						+ ".map(tr => [tr.querySelector('a').pathname.split('/').pop(), tr.querySelector('.tag') !== null]);");
		Set<String> all = new HashSet<>();
		Set<String> markedYours = new HashSet<>();
		for (List<Object> row : rows) {
			all.add((String) row.get(0));
			if (Boolean.TRUE.equals(row.get(1))) {
				markedYours.add((String) row.get(0));
			}
		}
		Set<String> ofTheirUnit = new HashSet<>(this.jdbc.queryForList("select distinct i.code from oit_disclosure d "
				+ "join oit_item i on i.id = d.item_id join framework f on f.id = i.framework_id "
				+ "join oit_disclosure_unit du on du.disclosure_id = d.id "
				+ "join user_unit uu on uu.unit_id = du.unit_id join users u on u.id = uu.user_id "
				+ "where f.fiscal_year = 2566 and u.username = ?", String.class, EDITOR));
		assertThat(all).as("every item is listed").hasSize(this.jdbc.queryForObject("select count(*) from oit_item i "
				+ "join framework f on f.id = i.framework_id where f.fiscal_year = 2566", Integer.class));
		assertThat(ofTheirUnit).isNotEmpty().isNotEqualTo(all);
		assertThat(markedYours).isEqualTo(ofTheirUnit);

		String other = all.stream().filter(code -> !ofTheirUnit.contains(code)).sorted().findFirst().orElseThrow();
		editor.get(url("/staff/2566/oit/" + other));
		assertThat(editor.findElements(By.cssSelector("main form"))).as(other + " has no form").isEmpty();
		assertThat(editor.findElements(By.cssSelector("main .readonly"))).hasSize(1);
		editor.get(url("/staff/2566/oit/" + other + "/evidence"));
		assertThat(editor.findElements(By.cssSelector("main form"))).as(other + " evidence has no form").isEmpty();

		String csrf = editor.findElement(By.cssSelector("form[action$='/logout'] input[name=_csrf]")).getAttribute("value");
		HttpResponse<String> save = post(editor, "/staff/2566/oit/" + other,
				"_csrf=" + csrf + "&status=DONE&progress=x&version=0&unitIds=1");
		assertThat(save.statusCode()).isEqualTo(403);
		HttpResponse<String> link = post(editor, "/staff/2566/oit/" + other + "/evidence/link",
				"_csrf=" + csrf + "&title=x&url=https%3A%2F%2Fwww.example.go.th%2F");
		assertThat(link.statusCode()).isEqualTo(403);
	}

	/** Sets when the item's public copy was published, as if its last publish was on that day. */
	private void publishedOn(String code, LocalDate day) {
		Timestamp at = Timestamp.from(day.atTime(10, 0).atZone(BANGKOK).toInstant());
		Long disclosure = this.jdbc.queryForObject("select d.id from oit_disclosure d join oit_item i on i.id = d.item_id "
				+ "join framework f on f.id = i.framework_id where f.fiscal_year = 2566 and i.code = ?", Long.class, code);
		assertThat(this.jdbc.update("update oit_disclosure_pub set published_at = ? where disclosure_id = ?", at,
				disclosure)).isOne();
		this.jdbc.update("update oit_disclosure set published_at = ? where id = ?", at, disclosure);
		this.publicPages.clear();
	}

	private static void assertPublishedOn(WebDriver citizen, LocalDate day, String thai) {
		WebElement updated = citizen.findElement(By.cssSelector("main .facts time"));
		assertThat(updated.getAttribute("datetime")).isEqualTo(day.toString());
		assertThat(updated.getText()).isEqualTo(thai);
	}

}
