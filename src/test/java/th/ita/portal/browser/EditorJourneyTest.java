package th.ita.portal.browser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor of สำนักปลัด signs in, edits an item of their unit (and only theirs), recovers from a
 * mistake without losing text, adds evidence; the approver publishes; a citizen sees it.
 */
class EditorJourneyTest extends Journey {

	static final String NEW_PROGRESS = "เผยแพร่ข้อมูลการติดต่อหน่วยงานครบถ้วนแล้ว ทดสอบผ่านเบราว์เซอร์";

	@Test
	void editorEditsTheirItemTheApproverPublishesAndTheCitizenSeesItDatedToday() throws Exception {
		WebDriver editor = browser();
		signIn(editor, EDITOR, EDITOR_PASSWORD);

		editor.get(url("/staff/2566/oit/o19"));
		assertThat(editor.findElements(By.id("progress"))).as("o19 belongs to กองคลัง").isEmpty();
		assertThat(editor.findElements(By.cssSelector("main .readonly"))).hasSize(1);

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

		WebDriver approver = browser();
		signIn(approver, APPROVER, APPROVER_PASSWORD);
		approver.get(url("/staff/2566/oit/o3"));
		submit(approver, "/oit/o3/publish");

		WebDriver citizen = browser();
		citizen.get(url("/ita/2566/oit/o3"));
		assertThat(text(citizen, "main")).contains(NEW_PROGRESS, "ช่องทางติดต่อ", "แผนที่สำนักงาน");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
		WebElement updated = citizen.findElement(By.cssSelector("main time"));
		assertThat(updated.getAttribute("datetime")).startsWith(today.toString());
		assertThat(updated.getText()).contains(Integer.toString(today.getYear() + 543));
	}

}
