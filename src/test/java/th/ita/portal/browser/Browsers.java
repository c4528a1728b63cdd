package th.ita.portal.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver: nothing is ever downloaded.
 * Each browser gets a fresh profile; every browser a test opened is closed by {@link #quitAll()}.
 */
final class Browsers {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private static final List<WebDriver> OPEN = new CopyOnWriteArrayList<>();

	private Browsers() {
	}

	static WebDriver open() {
		Path profile;
		try {
			profile = Files.createTempDirectory("ita-chromium-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=1280,900", "--lang=th");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(1280, 900));
		OPEN.add(driver);
		return driver;
	}

	/** The browsers still open, for screenshots when a test fails. */
	static List<WebDriver> openNow() {
		return List.copyOf(OPEN);
	}

	/** Closes one browser a test no longer needs (e.g. the one that prepared its data). */
	static void quit(WebDriver driver) {
		OPEN.remove(driver);
		driver.quit();
	}

	static void quitAll() {
		for (WebDriver driver : OPEN) {
			try {
				driver.quit();
			}
			catch (RuntimeException ex) {
				// already gone
			}
		}
		OPEN.clear();
	}

}
