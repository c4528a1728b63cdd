package th.ita.portal.browser;

import java.io.IOException;
import java.lang.reflect.Method;
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
 * {@code target/browser-failures/}, then closes the browsers. Files are named after the class, the
 * method and, for parameterised tests, the invocation's display name ({@code [2] en}), so the Thai
 * and English runs of one test keep a file each.
 */
final class FailureCapture implements AfterEachCallback {

	static final Path DIR = Path.of("target", "browser-failures");

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		try {
			if (context.getExecutionException().isPresent()) {
				save(name(context));
			}
		}
		finally {
			Browsers.quitAll();
		}
	}

	/** {@code Class-method} and, when the display name says more than the method, that too; file-safe. */
	static String name(ExtensionContext context) {
		String method = context.getTestMethod().map(Method::getName).orElse("");
		String display = context.getDisplayName();
		String name = context.getRequiredTestClass().getSimpleName() + "-" + method;
		if (!display.equals(method + "()") && !display.equals(method)) {
			name += "-" + display;
		}
		return safe(name);
	}

	/** Letters and digits of any script, dots, dashes and underscores; anything else becomes one dash. */
	static String safe(String name) {
		String safe = name.replaceAll("[^\\p{L}\\p{M}\\p{N}._]+", "-").replaceAll("^-+|-+$", "");
		return safe.length() > 150 ? safe.substring(0, 150) : safe;
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
