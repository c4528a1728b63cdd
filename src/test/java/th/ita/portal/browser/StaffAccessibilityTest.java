package th.ita.portal.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no WCAG 2.1 A or AA violation on any staff page or form, in Thai or in English,
 * as each role sees it: every form also with its validation errors, the conflict states, and the
 * 403, 404, 405 and 409 pages. Each test makes the data it shows (evidence on o3) itself.
 */
class StaffAccessibilityTest extends Journey {

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "th", "en" })
	void adminPagesAndFormsHaveNoViolations(String language) throws IOException {
		WebDriver admin = signedIn("demo.admin", "demo-admin-2566", language);
		long evidence = addEvidenceToO3(admin);
		long measure = id("select id from measure where deleted_at is null order by position limit 1");
		long klang = id("select id from users where username = 'demo.klang'");
		long unit = id("select id from unit where name = 'กองช่าง'");
		long o3 = disclosureId("o3");
		String today = LocalDate.now(ZoneId.of("Asia/Bangkok")).toString();
		Axe axe = new Axe(admin, language, this::url);
		axe.visit("/staff/2566", "main .cards")
			.visit("/staff/2566/oit", "main table.staff-items")
			.visit("/staff/2566/oit/o3", "main:has(form[action$='/oit/o3/publish']) form textarea#progress")
			.visit("/staff/2566/oit/o3/evidence", "main .evidence-list form[action$='/title']")
			.visit("/staff/2566/oit/o3/evidence/" + evidence + "/remove", "main form[action$='/remove']")
			.visit("/staff/2566/measures", "main .measure-list")
			.visit("/staff/2566/measures/new", "main form select#unitId")
			.visit("/staff/2566/measures/" + measure, "main form select#unitId")
			.visit("/staff/2566/measures/" + measure + "/delete", "main form[action$='/delete']")
			.visit("/staff/2566/plans", "main a[href^='/staff/2566/plans/']")
			.visit("/staff/2566/plans/1", "main form select#unitId")
			.visit("/staff/2566/history", "main a[href^='/staff/2566/history/disclosure/']")
			.visit("/staff/2566/history/disclosure/" + o3, "main form.as-of input#asOf")
			.visit("/staff/2566/history/disclosure/" + o3 + "?asOf=" + today, "main .public-copy")
			.visit("/staff/account/password", "main input#currentPassword")
			.visit("/staff/admin/users", "main table.users")
			.visit("/staff/admin/users/new", "main input#username")
			.visit("/staff/admin/users/" + klang, "main input#displayName")
			.visit("/staff/admin/users/" + klang + "/disable", "main form[action$='/disable']")
			.visit("/staff/admin/users/" + klang + "/password", "main input#password")
			.visit("/staff/admin/units", "main table.units")
			.visit("/staff/admin/units/" + unit, "main input#name")
			.visit("/staff/admin/audit", "main table.audit")
			.visit("/staff/exports", "main input[name=format]")
			.visit("/staff/2566/oit/o999", "main .error-page")
			.visit("/staff/2566/publish", "main .error-page");

		formsShownWithTheirErrors(admin, axe, evidence, klang);
		conflicts(admin, axe, measure, klang);
		assertThat(axe.problems()).isEmpty();
		assertThat(axe.checked()).isEqualTo(26 + 10 + 3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "th", "en" })
	void editorPagesOfOtherUnitsAreReadOnlyAndHaveNoViolations(String language) {
		WebDriver editor = signedIn(EDITOR, EDITOR_PASSWORD, language);
		long klangMeasure = id("select m.id from measure m join unit u on u.id = m.unit_id "
				+ "where u.name = 'กองคลัง' and m.deleted_at is null order by m.position limit 1");
		long klangPlan = id("select i.number from indicator_plan p join indicator i on i.id = p.indicator_id "
				+ "join unit u on u.id = p.unit_id where u.name = 'กองคลัง' order by i.number limit 1");
		Axe axe = new Axe(editor, language, this::url);
		axe.visit("/staff/2566", "main #mine-h")
			.visit("/staff/2566/oit", "main table.staff-items .tag")
			.visit("/staff/2566/oit/o19", "main .readonly")
			.visit("/staff/2566/oit/o19/evidence", "main #list-h")
			.visit("/staff/2566/measures/" + klangMeasure, "main .readonly")
			.visit("/staff/2566/plans/" + klangPlan, "main .readonly")
			.visit("/staff/admin/users", "main .error-page");
		assertThat(axe.problems()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "th", "en" })
	void auditorPagesHaveNoViolations(String language) {
		WebDriver auditor = signedIn(AUDITOR, AUDITOR_PASSWORD, language);
		long measure = id("select id from measure where deleted_at is null order by position limit 1");
		Axe axe = new Axe(auditor, language, this::url);
		axe.visit("/staff/2566/oit/o3", "main .readonly")
			.visit("/staff/2566/oit/o3/evidence", "main #list-h")
			.visit("/staff/2566/measures/" + measure, "main .readonly")
			.visit("/staff/2566/plans/1", "main .readonly")
			.visit("/staff/admin/audit", "main table.audit")
			.visit("/staff/exports", "main input[name=format]");
		assertThat(axe.problems()).isEmpty();
	}

	/**
	 * Readiness (issue 16): the list, an item's checklist beside the evaluator's view, the evidence
	 * details form and the rule form, also with their errors; and on a phone none scrolls sideways.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "th", "en" })
	void readinessPagesAndFormsHaveNoViolationsAndFitAPhone(String language) throws IOException {
		WebDriver admin = signedIn("demo.admin", "demo-admin-2566", language);
		long evidence = addEvidenceToO3(admin);
		String details = "/staff/2566/oit/o3/evidence/" + evidence + "/details";
		Axe axe = new Axe(admin, language, this::url);
		axe.visit("/staff/2566/readiness", "main table.staff-items .badge")
			.visit("/staff/2566/readiness/o12", "main .checklist")
			.visit("/staff/2566", "main #readiness-h")
			.visit(details, "main input#documentDate");
		admin.findElement(By.id("documentDate")).sendKeys("5/4/2023");
		admin.findElement(By.id("periodFrom")).sendKeys("31/3/2566");
		admin.findElement(By.id("periodTo")).sendKeys("1/10/2565");
		submit(admin, "/details");
		axe.here("evidence dates refused", "input#documentDate[aria-invalid=true] ~ #documentDate-error");
		admin.get(url("/staff/2566/readiness"));
		admin.findElement(By.id("rule-code")).sendKeys("o99");
		submit(admin, "/readiness/rules");
		axe.here("rule naming an unknown item", "input#rule-code[aria-invalid=true]");
		assertThat(axe.problems()).isEmpty();

		admin.manage().window().setSize(new Dimension(375, 812));
		for (String page : List.of("/staff/2566/readiness", "/staff/2566/readiness/o12", details)) {
			admin.get(url(page));
			Number inner = (Number) js(admin, "return window.innerWidth;");
			Number scroll = (Number) js(admin, "return document.documentElement.scrollWidth;");
			assertThat(inner.intValue()).as("window width").isLessThanOrEqualTo(400);
			assertThat(scroll.intValue()).as(page + " scrolls sideways").isLessThanOrEqualTo(inner.intValue());
		}
	}

	/** Opens a form, sends it as it is, and checks the page that comes back with its errors. */
	private void sendEmpty(WebDriver admin, Axe axe, String page, String action, String label, String mustShow) {
		admin.get(url(page));
		submit(admin, action);
		axe.here(label, mustShow);
	}

	/** Ten forms sent with mistakes, each checked as it comes back with its errors. */
	private void formsShownWithTheirErrors(WebDriver admin, Axe axe, long evidence, long klang) throws IOException {
		admin.get(url("/staff/2566/oit/o3"));
		for (WebElement unit : admin.findElements(By.cssSelector("input[name=unitIds]:checked"))) {
			unit.click();
		}
		submit(admin, "/staff/2566/oit/o3");
		axe.here("o3 without units", "#error-summary ~ fieldset[aria-invalid=true]");

		sendEmpty(admin, axe, "/staff/2566/measures/new", "/staff/2566/measures/new", "new measure, empty",
				"#error-summary ~ .has-error select#unitId[aria-invalid=true]");

		sendEmpty(admin, axe, "/staff/admin/users/new", "/staff/admin/users", "new user, empty",
				"input#username[aria-invalid=true]");

		admin.get(url("/staff/admin/users/" + klang));
		admin.findElement(By.id("displayName")).clear();
		for (WebElement role : admin.findElements(By.cssSelector("input[name=roles]:checked"))) {
			role.click();
		}
		submit(admin, "/staff/admin/users/" + klang);
		axe.here("user without name or role", "fieldset[aria-invalid=true] #roles-error");

		admin.get(url("/staff/admin/users/" + klang + "/password"));
		admin.findElement(By.id("password")).sendKeys("short");
		submit(admin, "/password");
		axe.here("password set by the admin, too short", "input#password[aria-invalid=true]");

		sendEmpty(admin, axe, "/staff/account/password", "/staff/account/password", "own password, empty",
				"input#currentPassword[aria-invalid=true]");

		sendEmpty(admin, axe, "/staff/admin/units", "/staff/admin/units", "new unit, empty",
				"input#name[aria-invalid=true]");

		admin.get(url("/staff/2566/oit/o3/evidence"));
		WebElement title = admin.findElement(By.id("title-" + evidence));
		title.clear();
		title.sendKeys("   ");
		submit(admin, "/evidence/" + evidence + "/title");
		axe.here("evidence renamed to nothing", "input#title-" + evidence + "[aria-invalid=true]");

		admin.findElement(By.id("link-title")).sendKeys("ลิงก์ผิด");
		admin.findElement(By.id("link-url")).sendKeys("ftp://files.example.go.th/a");
		submit(admin, "/oit/o3/evidence/link");
		axe.here("link that is not a web address", "input#link-url[aria-invalid=true]");

		admin.findElement(By.id("file-file"))
			.sendKeys(tempFile("notes.txt", "just text".getBytes(StandardCharsets.UTF_8)).toString());
		submit(admin, "/oit/o3/evidence/file");
		axe.here("file of a type not allowed", "input#file-file[aria-invalid=true]");
	}

	/** Someone else saved first: the item's both-texts page, a stale account, and the 409 page. */
	private void conflicts(WebDriver admin, Axe axe, long measure, long klang) {
		admin.get(url("/staff/2566/oit/o3"));
		staleVersion(admin, "/staff/2566/oit/o3");
		submit(admin, "/staff/2566/oit/o3");
		axe.here("o3 saved over a newer version", "section.conflict ~ form textarea#progress");

		admin.get(url("/staff/admin/users/" + klang));
		staleVersion(admin, "/staff/admin/users/" + klang);
		submit(admin, "/staff/admin/users/" + klang);
		axe.here("account saved over a newer version", "#stale[role=alert]");

		admin.get(url("/staff/2566/measures/" + measure + "/delete"));
		staleVersion(admin, "/delete");
		submit(admin, "/delete");
		axe.here("measure deleted after it changed (409)", "main .error-page");
	}

	/** Makes the form look as if it was opened before someone else saved (as a second tab would). */
	private static void staleVersion(WebDriver driver, String actionEnding) {
		WebElement version = driver.findElement(By.cssSelector("form[action$='" + actionEnding + "'] input[name=version]"));
		js(driver, "arguments[0].value = '999999';", version);
	}

	/** A link on o3, so its evidence list, remove page and rename form exist; returns the evidence id. */
	private long addEvidenceToO3(WebDriver admin) {
		admin.get(url("/staff/2566/oit/o3/evidence"));
		admin.findElement(By.id("link-title")).sendKeys("ลิงก์สำหรับ axe");
		admin.findElement(By.id("link-url")).sendKeys("https://www.example.go.th/axe-staff");
		submit(admin, "/oit/o3/evidence/link");
		return id("select max(e.id) from evidence e where e.disclosure_id = ?", disclosureId("o3"));
	}

	private WebDriver signedIn(String username, String password, String language) {
		WebDriver driver = browser();
		driver.get(url("/login?lang=" + language));
		signIn(driver, username, password);
		return driver;
	}

	private long disclosureId(String code) {
		return id("select d.id from oit_disclosure d join oit_item i on i.id = d.item_id "
				+ "join framework f on f.id = i.framework_id where f.fiscal_year = 2566 and i.code = ?", code);
	}

	private long id(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

}
