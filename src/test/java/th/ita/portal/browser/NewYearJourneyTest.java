package th.ita.portal.browser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's journey, in Chromium: the admin imports a framework for 2567 from an XLSX file (a
 * test sample: 2566's own file re-imported under a sample name, not any year's real framework),
 * opens 2567 carrying from 2566 (preview, then confirm), the editor fills one item's draft, the
 * approver publishes it and a citizen sees the item with its link to 2566's item. Opening a year
 * changes what every journey sees, so this one has a database (and application context) of its own.
 */
class NewYearJourneyTest extends Journey {

	static final String SAMPLE_NAME = "กรอบตัวอย่างทดสอบ 2567 (ไม่ใช่ของ ป.ป.ช.)";

	static final String PROGRESS = "ปี 2567 เผยแพร่ข้อมูลการติดต่อแล้ว ทดสอบการเปิดปีผ่านเบราว์เซอร์";

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("browser_newyear"));
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminImportsAndOpens2567EditorFillsApproverPublishesCitizenSeesTheLinkTo2566() throws Exception {
		// The admin: downloads 2566's framework as XLSX and imports it as the 2567 sample, by the form.
		WebDriver admin = browser();
		signIn(admin, "demo.admin", "demo-admin-2566");
		admin.get(url("/staff/admin/frameworks"));
		long seed = this.jdbc.queryForObject("select id from framework where fiscal_year = 2566", Long.class);
		String xlsxHref = admin.findElement(By.cssSelector("main a[href$='/frameworks/" + seed + ".xlsx']"))
			.getAttribute("href");
		HttpResponse<byte[]> exported = download(admin, xlsxHref);
		assertThat(exported.statusCode()).isEqualTo(200);
		Path file = tempFile("sample-2567.xlsx", sample(exported.body()));
		admin.findElement(By.id("year")).sendKeys("2567");
		admin.findElement(By.id("name")).sendKeys(SAMPLE_NAME);
		admin.findElement(By.id("file")).sendKeys(file.toString());
		submit(admin, "/frameworks/import");
		waitFor(admin).until(ExpectedConditions.urlMatches("/staff/admin/frameworks/\\d+$"));
		assertThat(text(admin, "main h1")).contains(SAMPLE_NAME);
		assertThat(text(admin, "main table.items")).containsIgnoringCase("o3 ");

		// Adds the lineage row "o3 continues 2566's o3" by the form: item pages show lineage rows only.
		admin.findElement(By.id("lineage-from-year")).sendKeys("2566");
		admin.findElement(By.id("lineage-from-item")).sendKeys("o3");
		admin.findElement(By.id("lineage-to-item")).sendKeys("o3");
		WebElement add = admin.findElement(By.cssSelector("form[aria-labelledby=lineage-add-h] button[type=submit]"));
		add.click();
		waitUntilGone(admin, add);
		assertThat(text(admin, "main table.lineage")).containsIgnoringCase("2566").containsIgnoringCase("o3");

		// Opens 2567 with it, carrying from 2566: the preview says what continues, nothing public yet.
		admin.get(url("/staff/admin/years"));
		admin.findElement(By.id("year")).sendKeys("2567");
		new Select(admin.findElement(By.id("framework"))).selectByVisibleText(
				admin.findElement(By.xpath("//select[@id='framework']/option[contains(., '" + SAMPLE_NAME + "')]"))
					.getText());
		new Select(admin.findElement(By.id("carryFrom"))).selectByVisibleText("2566");
		submit(admin, "/staff/admin/years");
		assertThat(text(admin, "main h1")).contains("2567");
		assertThat(text(admin, "main")).contains("ยกจากปี 2566");
		WebElement o3 = admin.findElement(By.xpath("//table[contains(@class,'preview')]//tr[th[starts-with(translate(normalize-space(.), 'O', 'o'), 'o3 ')]]"));
		assertThat(o3.findElements(By.tagName("td")).get(1).getText()).isEqualToIgnoringCase("o3");
		WebDriver citizen = browser();
		citizen.get(url("/ita/2567/oit/o3"));
		assertThat(text(citizen, "body")).as("nothing public before the year is opened").doesNotContain(PROGRESS);
		WebElement confirm = admin.findElement(By.xpath("//main//button[contains(., 'ยืนยันเปิดปี 2567')]"));
		confirm.click();
		waitUntilGone(admin, confirm);
		admin.get(url("/staff/admin/years"));
		assertThat(text(admin, "main table.years")).contains("2567", SAMPLE_NAME);

		// The editor fills O3's draft for 2567.
		WebDriver editor = browser();
		signIn(editor, EDITOR, EDITOR_PASSWORD);
		editor.get(url("/staff/2567/oit/o3"));
		editor.findElement(By.xpath("//fieldset[@id='status']//label[contains(., 'อยู่ระหว่างดำเนินการ')]")).click();
		WebElement progress = editor.findElement(By.id("progress"));
		progress.clear();
		progress.sendKeys(PROGRESS);
		submit(editor, "/staff/2567/oit/o3");
		assertThat(editor.findElements(By.id("error-summary"))).isEmpty();
		assertThat(editor.findElement(By.id("progress")).getAttribute("value")).isEqualTo(PROGRESS);

		citizen.get(url("/ita/2567/oit/o3"));
		assertThat(text(citizen, "main")).as("a draft is not public").doesNotContain(PROGRESS);

		// The approver publishes it.
		WebDriver approver = browser();
		signIn(approver, APPROVER, APPROVER_PASSWORD);
		approver.get(url("/staff/2567/oit/o3"));
		submit(approver, "/2567/oit/o3/publish");

		// The citizen sees it, and its link to 2566's item, which leads there.
		citizen.get(url("/ita/2567/oit/o3"));
		assertThat(text(citizen, "main")).contains(PROGRESS, "อยู่ระหว่างดำเนินการ");
		WebElement lineage = citizen.findElement(By.cssSelector("main .lineage"));
		assertThat(lineage.getText()).contains("ใน 2566:", "O3");
		lineage.findElement(By.linkText("O3")).click();
		waitFor(citizen).until(ExpectedConditions.urlMatches("/ita/2566/oit/o3$"));
		assertThat(text(citizen, "main nav.breadcrumb")).contains("2566");
		assertThat(text(citizen, "main")).doesNotContain(PROGRESS);

		Browsers.quit(admin);
		Browsers.quit(editor);
		Browsers.quit(approver);
		Browsers.quit(citizen);
	}

	/** The exported workbook, unchanged but for being saved again (items O1..O43, same titles). */
	private static byte[] sample(byte[] xlsx) throws Exception {
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("indicator");
			book.write(out);
			return out.toByteArray();
		}
	}

}
