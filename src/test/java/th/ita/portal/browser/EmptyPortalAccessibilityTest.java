package th.ita.portal.browser;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.ita.portal.agency.AgencyDirectory;
import th.ita.portal.support.BrokenPage;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two public pages the shared browser app cannot show: the home page of a portal with no
 * agency yet (a first start without the demo data) and the page of a server error (a query the
 * database refuses). axe-core finds no WCAG 2.1 A or AA violation on either, in Thai or English.
 */
@BrowserTest
@Import(BrokenPage.class)
class EmptyPortalAccessibilityTest {

	@DynamicPropertySource
	static void emptyDatabaseWithoutTheDemo(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("browser_empty"));
		registry.add("ita.demo", () -> "false");
	}

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AgencyDirectory agencies;

	@ParameterizedTest
	@ValueSource(strings = { "th", "en" })
	void theNoAgencyAndServerErrorPagesHaveNoViolations(String language) {
		Locale locale = Locale.forLanguageTag(language);
		WebDriver visitor = Browsers.open();
		try {
			visitor.get(url("/?lang=" + language));
			Axe axe = new Axe(visitor, language, this::url);
			axe.visit("/", "main h1");
			assertThat(visitor.findElement(By.cssSelector("main h1")).getText())
				.isEqualTo(this.messages.getMessage("home.no-agency.title", null, locale));
			// A server error happens at an agency's address: one is set up for the second page.
			addAgencyAt("127.0.0.1");
			axe.visit(BrokenPage.PATH, "main .error-page");
			assertThat(visitor.findElement(By.cssSelector("main .error-page h1")).getText())
				.isEqualTo(this.messages.getMessage("error.5xx.title", null, locale));
			assertThat(visitor.getPageSource()).doesNotContain("no_such_table", "SQLException", "at org.");
			assertThat(axe.problems()).isEmpty();
			assertThat(axe.checked()).isEqualTo(2);
		}
		finally {
			Browsers.quit(visitor);
			this.jdbc.update("delete from agency where slug = 'empty-portal-test'");
			this.agencies.reload();
		}
	}

	void addAgencyAt(String host) {
		long id = this.jdbc.queryForObject(
				"insert into agency (slug, name) values ('empty-portal-test', 'หน่วยงานทดสอบ') returning id", Long.class);
		this.jdbc.update("insert into agency_host (host, agency_id) values (?, ?)", host, id);
		this.agencies.reload();
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
