package th.ita.portal.browser;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
 * Issue 13's journey, in Chromium: the admin imports a framework for 2567 from an XLSX file shaped
 * unlike 2566 (a TEST SAMPLE made here, named as one, not any year's real framework: 23 items
 * O1–O23 in seven sub-indicators, other topics; its O3 has the title of 2566's o12, so the page
 * suggests that lineage and the admin accepts it), opens 2567 carrying from 2566 (preview, then
 * confirm), the editor fills O3's draft, the approver publishes it and a citizen, who could not
 * see 2567 at all until then, sees the item with its link to 2566's o12. Opening a year changes
 * what every journey sees, so this one has a database (and application context) of its own.
 */
class NewYearJourneyTest extends Journey {

	static final String SAMPLE_NAME = "กรอบตัวอย่างทดสอบ 2567 (ไม่ใช่ของ ป.ป.ช.)";

	static final String PROGRESS = "ปี 2567 เผยแพร่รายงานรอบหกเดือนแล้ว ทดสอบการเปิดปีผ่านเบราว์เซอร์";

	/** 2566's o12, written with an Arabic digit and extra spaces: the same title after normalising. */
	static final String O12_TITLE = "รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณประจำปีรอบ  6  เดือน";

	static final String NOT_FOUND = "ไม่พบหน้าที่ต้องการ";

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("browser_newyear"));
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminImportsAndOpens2567EditorFillsApproverPublishesCitizenSeesTheLinkTo2566() throws Exception {
		// The admin imports the 23-item sample for 2567 from XLSX, by the form.
		WebDriver admin = browser();
		signIn(admin, "demo.admin", "demo-admin-2566");
		admin.get(url("/staff/admin/frameworks"));
		Path file = tempFile("sample-2567.xlsx", sampleXlsx());
		admin.findElement(By.id("year")).sendKeys("2567");
		admin.findElement(By.id("name")).sendKeys(SAMPLE_NAME);
		admin.findElement(By.id("file")).sendKeys(file.toString());
		submit(admin, "/frameworks/import");
		waitFor(admin).until(ExpectedConditions.urlMatches("/staff/admin/frameworks/\\d+$"));
		assertThat(text(admin, "main h1")).contains(SAMPLE_NAME);
		assertThat(text(admin, "main")).contains("O1 ", "O23 ", "หัวข้อตัวอย่าง 10.3").doesNotContain("O24");

		// The page suggests "O3 continues 2566's o12" (same title after normalising); the admin accepts.
		WebElement suggestion = admin.findElement(By.xpath("//ul[@class='suggestions']/li[contains(., 'O3')]"));
		assertThat(suggestion.getText()).contains("O3", "o12", "2566");
		WebElement accept = suggestion.findElement(By.cssSelector("button[type=submit]"));
		accept.click();
		waitUntilGone(admin, accept);
		assertThat(text(admin, "main table.lineage")).contains("2566").containsIgnoringCase("o12").contains("O3");

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
		assertThat(admin.findElements(By.cssSelector("table.preview tbody tr"))).hasSize(23);
		WebElement o3 = admin.findElement(By.xpath("//table[contains(@class,'preview')]//tr[th[starts-with(normalize-space(.), 'O3 ')]]"));
		assertThat(o3.findElements(By.tagName("td")).get(1).getText()).isEqualToIgnoringCase("o12");
		WebElement confirm = admin.findElement(By.xpath("//main//button[contains(., 'ยืนยันเปิดปี 2567')]"));
		confirm.click();
		waitUntilGone(admin, confirm);
		admin.get(url("/staff/admin/years"));
		assertThat(text(admin, "main table.years")).contains("2567", SAMPLE_NAME);

		// Opened, not published: the citizen cannot see 2567 at all.
		WebDriver citizen = browser();
		for (String path : List.of("/ita/2567", "/ita/2567/oit", "/ita/2567/oit/O3")) {
			citizen.get(url(path));
			assertThat(text(citizen, "main")).as(path).contains(NOT_FOUND);
		}
		citizen.get(url("/ita/2566/oit"));
		assertThat(citizen.findElements(By.cssSelector("nav.year-switcher"))).as("no switcher to 2567").isEmpty();

		// The editor fills O3's draft for 2567.
		WebDriver editor = browser();
		signIn(editor, EDITOR, EDITOR_PASSWORD);
		editor.get(url("/staff/2567/oit/O3"));
		editor.findElement(By.xpath("//fieldset[@id='status']//label[contains(., 'อยู่ระหว่างดำเนินการ')]")).click();
		WebElement progress = editor.findElement(By.id("progress"));
		progress.clear();
		progress.sendKeys(PROGRESS);
		submit(editor, "/staff/2567/oit/O3");
		assertThat(editor.findElements(By.id("error-summary"))).isEmpty();
		assertThat(editor.findElement(By.id("progress")).getAttribute("value")).isEqualTo(PROGRESS);

		citizen.get(url("/ita/2567/oit/O3"));
		assertThat(text(citizen, "main")).as("a draft is not public").contains(NOT_FOUND).doesNotContain(PROGRESS);

		// The approver publishes it.
		WebDriver approver = browser();
		signIn(approver, APPROVER, APPROVER_PASSWORD);
		approver.get(url("/staff/2567/oit/O3"));
		submit(approver, "/2567/oit/O3/publish");

		// The citizen sees it, and its link to 2566's item, which leads there.
		citizen.get(url("/ita/2567/oit/O3"));
		assertThat(text(citizen, "main")).contains(PROGRESS, "อยู่ระหว่างดำเนินการ");
		WebElement lineage = citizen.findElement(By.cssSelector("main .lineage"));
		assertThat(lineage.getText()).contains("ใน 2566:", "O12");
		lineage.findElement(By.linkText("O12")).click();
		waitFor(citizen).until(ExpectedConditions.urlMatches("/ita/2566/oit/o12$"));
		assertThat(text(citizen, "main nav.breadcrumb")).contains("2566");
		assertThat(text(citizen, "main")).doesNotContain(PROGRESS);
		assertThat(text(citizen, "main nav.year-switcher")).contains("2567");

		Browsers.quit(admin);
		Browsers.quit(editor);
		Browsers.quit(approver);
		Browsers.quit(citizen);
	}

	/**
	 * The TEST SAMPLE as XLSX, in the import's columns: an IIT indicator, then 23 items O1–O23 in
	 * sub-indicators 9.1–9.4 and 10.1–10.3 (4, 4, 3, 3, 3, 3, 3 items) under sample topics, one
	 * component each; O3 bears 2566's o12 title.
	 */
	static byte[] sampleXlsx() throws Exception {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "indicator", "indicator_name", "tool", "subindicator", "subindicator_name", "topic",
				"item", "item_title", "component", "depth" });
		rows.add(new String[] { "1", "ตัวชี้วัดตัวอย่างทดสอบ (sample)", "IIT", "", "", "", "", "", "", "" });
		String[] subs = { "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "10.3" };
		int[] sizes = { 4, 4, 3, 3, 3, 3, 3 };
		int n = 0;
		for (int s = 0; s < subs.length; s++) {
			String indicator = subs[s].startsWith("10") ? "10" : "9";
			for (int k = 0; k < sizes[s]; k++) {
				n++;
				rows.add(new String[] { indicator, "ตัวชี้วัดตัวอย่างทดสอบ " + indicator, "OIT", subs[s],
						"ตัวชี้วัดย่อยตัวอย่างทดสอบ " + subs[s], "หัวข้อตัวอย่าง " + subs[s], "O" + n,
						(n == 3) ? O12_TITLE : "ข้อตัวอย่างทดสอบ " + n + " (sample)", "องค์ประกอบตัวอย่าง " + n, "0" });
			}
		}
		try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("framework");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).length; c++) {
					row.createCell(c).setCellValue(rows.get(r)[c]);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

}
