package th.ita.portal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core in Chromium finds no WCAG 2.1 A or AA violation on any public page or staff form, in
 * Thai or in English.
 */
class AccessibilityTest extends Journey {

	static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	static final List<String> PUBLIC_PAGES = List.of("/", "/ita/2566", "/ita/2566/oit", "/ita/2566/oit/o12",
			"/ita/2566/measures", "/login", "/ita/2566/oit/o99");

	static final List<String> STAFF_FORMS = List.of("/staff/2566", "/staff/2566/oit", "/staff/2566/oit/o3",
			"/staff/2566/oit/o3/evidence", "/staff/2566/measures", "/staff/2566/measures/new", "/staff/2566/plans",
			"/staff/2566/plans/1", "/staff/account/password", "/staff/admin/users", "/staff/admin/users/new",
			"/staff/exports");

	@ParameterizedTest
	@ValueSource(strings = { "th", "en" })
	void publicPagesHaveNoViolations(String language) {
		WebDriver citizen = browser();
		citizen.get(url("/?lang=" + language));
		List<String> problems = new ArrayList<>();
		for (String page : PUBLIC_PAGES) {
			problems.addAll(check(citizen, page));
		}
		assertThat(problems).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "th", "en" })
	void staffFormsHaveNoViolations(String language) {
		WebDriver admin = browser();
		admin.get(url("/login?lang=" + language));
		signIn(admin, "demo.admin", "demo-admin-2566");
		List<String> problems = new ArrayList<>();
		for (String page : STAFF_FORMS) {
			problems.addAll(check(admin, page));
		}
		admin.get(url("/staff/2566/measures"));
		String measure = (String) js(admin, "return [...document.querySelectorAll('main a')].map(a => a.pathname)"
				+ ".find(p => /^\\/staff\\/2566\\/measures\\/\\d+$/.test(p));");
		problems.addAll(check(admin, measure));
		admin.get(url("/staff/admin/users"));
		String user = (String) js(admin, "return [...document.querySelectorAll('main a')].map(a => a.pathname)"
				+ ".find(p => /^\\/staff\\/admin\\/users\\/\\d+$/.test(p));");
		problems.addAll(check(admin, user));
		assertThat(problems).isEmpty();
	}

	private List<String> check(WebDriver driver, String page) {
		driver.get(url(page));
		assertThat(driver.getTitle()).as("title of " + page).isNotBlank();
		Results results = new AxeBuilder().withTags(WCAG21_AA).analyze(driver);
		return results.getViolations().stream().map(rule -> page + ": " + describe(rule)).toList();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getHelp() + ") at "
				+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
	}

}
