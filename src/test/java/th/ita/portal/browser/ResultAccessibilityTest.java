package th.ita.portal.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results pages in a real browser: axe-core finds no WCAG 2.1 A or AA violation on the list
 * of years, a year's form (as shown, and refused with a score over 100), the framework's rule
 * page, and the public home page with its chart, in Thai and English. Nothing is saved.
 */
class ResultAccessibilityTest extends Journey {

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "th", "en" })
	void resultPagesHaveNoViolations(String language) {
		WebDriver admin = browser();
		admin.get(url("/login?lang=" + language));
		signIn(admin, "demo.admin", "demo-admin-2566");
		long seed = this.jdbc.queryForObject("select id from framework where name = 'ITA ประจำปีงบประมาณ พ.ศ. 2566'", Long.class);
		Axe axe = new Axe(admin, language, this::url);
		axe.visit("/staff/admin/results", "main table#years")
			.visit("/staff/admin/years/2566/result", "main form #overall")
			.visit("/staff/admin/frameworks/" + seed + "/result-rule", "main table#levels");

		admin.get(url("/staff/admin/years/2566/result"));
		admin.findElement(By.id("overall")).clear();
		admin.findElement(By.id("overall")).sendKeys("120");
		var save = admin.findElement(By.cssSelector("button[value=save]"));
		save.click();
		// A click returns before the refused page has replaced the form; checking then reads the old page.
		waitUntilGone(admin, save);
		axe.here("score refused", "main .field-error");
		assertThat(admin.findElement(By.id("overall")).getAttribute("value")).isEqualTo("120");

		axe.visit("/", "main svg[role=img]");
		assertThat(axe.problems()).isEmpty();
		assertThat(axe.checked()).isEqualTo(5);
	}

}
