package th.ita.portal.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frameworks admin pages in a real browser: axe-core finds no WCAG 2.1 A or AA violation on
 * the list, a structure, the 422 page of a refused file and the delete confirmation, in Thai and
 * English; the import form works from the keyboard's point of view (labels, a real file input).
 * The framework it imports is a test sample, not any year's real framework, and it deletes it.
 */
class FrameworkAccessibilityTest extends Journey {

	static final String HEADER = "indicator,indicator_name,tool,subindicator,subindicator_name,topic,item,item_title,component,depth";

	static final String SAMPLE = HEADER + "\n1,ตัวชี้วัดตัวอย่างสำหรับทดสอบ,IIT,,,,,,,\n"
			+ "3,การเปิดเผยข้อมูล (ตัวอย่างทดสอบ),OIT,3.1,ข้อมูลตัวอย่าง,หัวข้อตัวอย่าง,O1,ข้อตัวอย่าง,องค์ประกอบ,0\n"
			+ "3,การเปิดเผยข้อมูล (ตัวอย่างทดสอบ),OIT,3.1,ข้อมูลตัวอย่าง,หัวข้อตัวอย่าง,O1,ข้อตัวอย่าง,ย่อย,1\n";

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "th", "en" })
	void frameworkPagesHaveNoViolations(String language) throws IOException {
		WebDriver admin = browser();
		admin.get(url("/login?lang=" + language));
		signIn(admin, "demo.admin", "demo-admin-2566");
		long seed = this.jdbc.queryForObject("select id from framework where name = 'ITA ประจำปีงบประมาณ พ.ศ. 2566'", Long.class);
		Axe axe = new Axe(admin, language, this::url);
		axe.visit("/staff/admin/frameworks", "main table.frameworks").visit("/staff/admin/frameworks/" + seed,
				"main table.items");

		String name = "ตัวอย่างทดสอบ เบราว์เซอร์ " + language;
		importFile(admin, name, SAMPLE.replace(",OIT,", ",XYZ,"));
		axe.here("import refused", "#problems table.problems");
		assertThat(admin.findElement(By.id("name")).getAttribute("value")).isEqualTo(name);

		importFile(admin, name, SAMPLE);
		waitFor(admin).until(ExpectedConditions.urlMatches("/staff/admin/frameworks/\\d+$"));
		axe.here("imported sample", "main table.items li.depth-1");
		String page = admin.getCurrentUrl().substring(admin.getCurrentUrl().indexOf("/staff/"));
		axe.visit(page + "/delete", "main form[action$='/delete']");
		submit(admin, "/delete");
		waitFor(admin).until(ExpectedConditions.urlMatches("/staff/admin/frameworks$"));

		assertThat(this.jdbc.queryForObject("select count(*) from framework where name = ?", Integer.class, name)).isZero();

		// The years page, and a refused opening with its error summary.
		axe.visit("/staff/admin/years", "main form[action$='/staff/admin/years']");
		admin.findElement(By.id("year")).sendKeys("25x9");
		submit(admin, "/staff/admin/years");
		axe.here("opening refused", "#error-summary");
		assertThat(admin.findElement(By.id("year")).getAttribute("value")).isEqualTo("25x9");

		assertThat(axe.problems()).isEmpty();
		assertThat(axe.checked()).isEqualTo(7);
	}

	private void importFile(WebDriver admin, String name, String csv) throws IOException {
		Path file = Files.createTempFile("framework-", ".csv");
		try {
			Files.writeString(file, csv, StandardCharsets.UTF_8);
			admin.get(url("/staff/admin/frameworks"));
			admin.findElement(By.id("year")).sendKeys("2599");
			admin.findElement(By.id("name")).sendKeys(name);
			admin.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			submit(admin, "/frameworks/import");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
