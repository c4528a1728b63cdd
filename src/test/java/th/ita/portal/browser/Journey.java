package th.ita.portal.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.ita.portal.support.TestDatabase;

/** What every browser journey needs: the server's address, signing in, reading and downloading. */
@BrowserTest
abstract class Journey {

	static final String EDITOR = "demo.palad";

	static final String EDITOR_PASSWORD = "demo-palad-2566";

	static final String APPROVER = "demo.approver";

	static final String APPROVER_PASSWORD = "demo-approver-2566";

	static final String AUDITOR = "demo.auditor";

	static final String AUDITOR_PASSWORD = "demo-auditor-2566";

	/** All browser journeys share one database of their own; each works on items of its own. */
	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("browser"));
	}

	@LocalServerPort
	int port;

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	WebDriver browser() {
		return Browsers.open();
	}

	void signIn(WebDriver driver, String username, String password) {
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	static WebDriverWait waitFor(WebDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	static String text(WebDriver driver, String css) {
		return driver.findElement(By.cssSelector(css)).getText();
	}

	static Object js(WebDriver driver, String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	/** Clicks a submit button of the form whose action ends with the given path, and waits for the next page. */
	static void submit(WebDriver driver, String actionEnding) {
		WebElement form = driver.findElement(By.cssSelector("form[action$='" + actionEnding + "']"));
		try {
			form.findElement(By.cssSelector("button[type=submit]")).click();
		}
		catch (WebDriverException ex) {
			if (!leftThePage(ex)) {
				throw ex;
			}
		}
		waitUntilGone(driver, form);
	}

	/** Waits until the element's page has been replaced by the next one. */
	static void waitUntilGone(WebDriver driver, WebElement element) {
		waitFor(driver).until(d -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (WebDriverException ex) {
				if (leftThePage(ex)) {
					return true;
				}
				throw ex;
			}
		});
	}

	/**
	 * Whether an element was asked about after its page went. Besides the stale element error,
	 * chromedriver sometimes answers "Node with given id does not belong to the document" while the
	 * next page is loading.
	 */
	private static boolean leftThePage(WebDriverException ex) {
		return ex instanceof StaleElementReferenceException
				|| String.valueOf(ex.getMessage()).contains("does not belong to the document");
	}

	/** Writes bytes to a temporary file for a file input. */
	static Path tempFile(String name, byte[] content) throws IOException {
		Path dir = Files.createTempDirectory("ita-upload-");
		Path file = dir.resolve(name);
		Files.write(file, content);
		return file;
	}

	/** GETs a URL as the browser's signed-in user (its cookies), for downloads. */
	HttpResponse<byte[]> download(WebDriver driver, String href) throws IOException, InterruptedException {
		String cookies = driver.manage()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(href)).GET();
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** POSTs a form-encoded body with the browser's cookies (and no CSRF token unless given). */
	HttpResponse<String> post(WebDriver driver, String path, String body) throws IOException, InterruptedException {
		String cookies = driver.manage()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Cookie", cookies)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	static String minimalPdf(String marker) {
		return "%PDF-1.4\n% " + marker + "\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
				+ "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n" + "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
	}

}
