package th.ita.portal.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo with two agencies, as a newcomer meets it in Chromium (which resolves any *.localhost
 * to this machine): บางเสาธง's admin signs in at http://localhost:PORT and sees its dashboard; the
 * sample agency's admin signs in at http://sample.localhost:PORT and sees the sample agency and
 * nothing of บางเสาธง, whose public home there shows no published year. Its own database, with the
 * sample agency on.
 */
@BrowserTest
class TwoAgenciesJourneyTest {

	@DynamicPropertySource
	static void ownDatabaseWithTheSample(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("two_agencies"));
		registry.add("ita.demo-sample-agency", () -> "true");
	}

	@LocalServerPort
	int port;

	String at(String host, String path) {
		return "http://" + host + ":" + this.port + path;
	}

	void signIn(WebDriver driver, String host, String username, String password) {
		driver.get(at(host, "/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	@AfterEach
	void closeBrowsers() {
		Browsers.quitAll();
	}

	@Test
	void eachAdminSignsInAtTheirAgencysAddressAndSeesOnlyTheirAgency() {
		WebDriver demo = Browsers.open();
		signIn(demo, "localhost", "demo.admin", "demo-admin-2566");
		assertThat(demo.getCurrentUrl()).isEqualTo(at("localhost", "/staff/2566"));
		assertThat(demo.findElement(By.cssSelector("main .lead")).getText()).isEqualTo("องค์การบริหารส่วนตำบลบางเสาธง");

		WebDriver sample = Browsers.open();
		signIn(sample, "sample.localhost", "demo.sample.admin", "demo-sample-admin-2566");
		assertThat(sample.getCurrentUrl()).isEqualTo(at("sample.localhost", "/staff/2566"));
		String dashboard = sample.findElement(By.tagName("main")).getText();
		assertThat(dashboard).contains("หน่วยงานตัวอย่าง (ทดสอบระบบ)").doesNotContain("บางเสาธง");
		assertThat(sample.findElements(By.cssSelector(".demo-banner"))).isNotEmpty();
		sample.get(at("sample.localhost", "/staff/admin/units"));
		assertThat(sample.findElement(By.tagName("main")).getText()).contains("สำนักปลัด").doesNotContain("กองคลัง");

		sample.get(at("sample.localhost", "/"));
		String home = sample.findElement(By.tagName("main")).getText();
		assertThat(home).contains("หน่วยงานตัวอย่าง (ทดสอบระบบ)").doesNotContain("บางเสาธง").doesNotContain("91.45");
		assertThat(sample.findElements(By.cssSelector("main a[href^='/ita/']"))).isEmpty();
	}

	@Test
	void theDemoAdminsPasswordDoesNotOpenTheSampleAgency() {
		WebDriver driver = Browsers.open();
		driver.get(at("sample.localhost", "/login"));
		driver.findElement(By.id("username")).sendKeys("demo.admin");
		driver.findElement(By.id("password")).sendKeys("demo-admin-2566");
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?"));
		driver.get(at("sample.localhost", "/staff"));
		assertThat(driver.getCurrentUrl()).isEqualTo(at("sample.localhost", "/login"));
	}

}
