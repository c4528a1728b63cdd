package th.ita.portal.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import th.ita.portal.web.cache.PublishGeneration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year switcher with two years (the second, 2599, a test year with no items, not any year's
 * framework): axe finds no WCAG 2.1 A/AA violation on the pages that show it, in Thai and
 * English, and on a phone-sized window none of them scrolls sideways.
 */
class YearSwitcherBrowserTest extends Journey {

	static final List<String> PAGES = List.of("/ita/2566/oit", "/ita/2566/oit/o12", "/ita/2566/measures", "/staff/2566");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PublishGeneration generation;

	@Test
	void theSwitcherIsAccessibleAndFitsAPhone() {
		this.transactions.executeWithoutResult(status -> {
			long framework = this.jdbc.queryForObject("""
					insert into framework (fiscal_year, name, variant) values (2599, 'กรอบทดสอบ (ไม่ใช่ของจริง)', 'ทดสอบ')
					returning id""", Long.class);
			// Published (stamped): the public switchers list published years only.
			this.jdbc.update("""
					insert into report (agency_id, framework_id, last_published_at)
					values ((select id from agency where is_default), ?, now())""", framework);
		});
		this.generation.advance();
		try {
			for (String language : List.of("th", "en")) {
				WebDriver admin = browser();
				signIn(admin, "demo.admin", "demo-admin-2566");
				admin.get(url("/staff/2566?lang=" + language));
				Axe axe = new Axe(admin, language, this::url);
				for (String page : PAGES) {
					axe.visit(page, "main nav.year-switcher li:nth-child(2) a[aria-current=page]");
				}
				assertThat(axe.problems()).isEmpty();
				assertThat(axe.checked()).isEqualTo(PAGES.size());
				Browsers.quit(admin);
			}
			WebDriver phone = browser();
			signIn(phone, "demo.admin", "demo-admin-2566");
			phone.manage().window().setSize(new Dimension(375, 812));
			for (String page : PAGES) {
				phone.get(url(page));
				Number inner = (Number) js(phone, "return window.innerWidth;");
				Number scroll = (Number) js(phone, "return document.documentElement.scrollWidth;");
				assertThat(inner.intValue()).as("window width").isLessThanOrEqualTo(400);
				assertThat(scroll.intValue()).as(page + " scrolls sideways").isLessThanOrEqualTo(inner.intValue());
				assertThat(text(phone, "main nav.year-switcher")).as(page).contains("2599").contains("2566");
			}
		}
		finally {
			this.jdbc.update("delete from report where framework_id in (select id from framework where fiscal_year = 2599)");
			this.jdbc.update("delete from framework where fiscal_year = 2599");
			this.generation.advance();
		}
	}

}
