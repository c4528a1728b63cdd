package th.ita.portal.browser;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core in Chromium finds no WCAG 2.1 A or AA violation on any public page, error page or state
 * of the sign-in page, in Thai or in English; every page has a title and the language under test.
 * Staff pages: {@link StaffAccessibilityTest}.
 */
class AccessibilityTest extends Journey {

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "th", "en" })
	void publicPagesHaveNoViolations(String language) {
		publishEvidenceOnO12UnlessThere();
		WebDriver citizen = browser();
		citizen.get(url("/?lang=" + language));
		Axe axe = new Axe(citizen, language, this::url);
		axe.visit("/", "main nav.years a[href='/ita/2566']")
			.visit("/ita/2566", "main a[href='/ita/2566/oit']")
			.visit("/ita/2566/oit", "main table.items a[href='/ita/2566/oit/o12']")
			.visit("/ita/2566/oit/o12", "main .evidence-list a[href*='/ita/2566/oit/o12/evidence/']")
			.visit("/ita/2566/oit/o3", "main .facts time")
			.visit("/ita/2566/measures", "main table.wide")
			.visit("/ita/2566/oit/o99", "main .error-page")
			.visit("/ita/2570", "main .error-page");
		assertThat(axe.problems()).isEmpty();
		assertThat(axe.checked()).isEqualTo(8);
	}

	@ParameterizedTest
	@ValueSource(strings = { "th", "en" })
	void theSignInPageHasNoViolationsInAnyState(String language) {
		WebDriver visitor = browser();
		visitor.get(url("/login?lang=" + language));
		Axe axe = new Axe(visitor, language, this::url);
		axe.visit("/login", "main form input#username")
			.visit("/login?logout", "main .alert-ok[role=status]")
			.visit("/login?expired", "main .alert-warn[role=status]");
		visitor.findElement(By.id("username")).sendKeys("nobody-" + language);
		visitor.findElement(By.id("password")).sendKeys("not-the-password");
		submit(visitor, "/login");
		axe.here("/login with a sign-in error", "#signin-error[role=alert] ~ .field input[aria-invalid=true]");
		assertThat(axe.problems()).isEmpty();
	}

	/** A published file and link on o12, so that its evidence list is checked whatever ran before. */
	private void publishEvidenceOnO12UnlessThere() {
		Integer published = this.jdbc.queryForObject("select count(*) from evidence_pub p "
				+ "join oit_disclosure d on d.id = p.disclosure_id join oit_item i on i.id = d.item_id "
				+ "join framework f on f.id = i.framework_id where f.fiscal_year = 2566 and i.code = 'o12'",
				Integer.class);
		if (published != null && published >= 2) {
			return;
		}
		WebDriver admin = browser();
		signIn(admin, "demo.admin", "demo-admin-2566");
		admin.get(url("/staff/2566/oit/o12/evidence"));
		admin.findElement(By.id("file-title")).sendKeys("รายงาน axe");
		try {
			admin.findElement(By.id("file-file"))
				.sendKeys(tempFile("axe.pdf", minimalPdf("axe").getBytes(StandardCharsets.US_ASCII)).toString());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		submit(admin, "/oit/o12/evidence/file");
		admin.findElement(By.id("link-title")).sendKeys("เว็บไซต์ axe");
		admin.findElement(By.id("link-url")).sendKeys("https://www.example.go.th/axe");
		submit(admin, "/oit/o12/evidence/link");
		admin.get(url("/staff/2566/oit/o12"));
		submit(admin, "/oit/o12/publish");
		Browsers.quit(admin);
	}

}
