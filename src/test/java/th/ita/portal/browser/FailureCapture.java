package th.ita.portal.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * When a browser test fails, saves a screenshot and the page source of every open browser under
 * {@code target/browser-failures/}, then closes the browsers.
 */
final class FailureCapture implements AfterEachCallback {

	static final Path DIR = Path.of("target", "browser-failures");

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		try {
			if (context.getExecutionException().isPresent()) {
				save(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
			}
		}
		finally {
			Browsers.quitAll();
		}
	}

	private static void save(String name) throws IOException {
		Files.createDirectories(DIR);
		List<WebDriver> drivers = Browsers.openNow();
		for (int i = 0; i < drivers.size(); i++) {
			WebDriver driver = drivers.get(i);
			try {
				Path png = DIR.resolve(name + "-" + i + ".png");
				Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
				Files.writeString(DIR.resolve(name + "-" + i + ".html"),
						"<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
			}
			catch (RuntimeException ex) {
				Files.writeString(DIR.resolve(name + "-" + i + ".txt"), String.valueOf(ex), StandardCharsets.UTF_8);
			}
		}
	}

}
