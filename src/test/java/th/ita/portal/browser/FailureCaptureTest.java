package th.ita.portal.browser;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * A failing browser test leaves a screenshot and the page source under target/, one set per
 * parameterised run; a passing one leaves nothing. Runs a deliberately failing test class through
 * JUnit's own engine, so the extension is wired exactly as in the journeys.
 */
class FailureCaptureTest {

	static final String RUN = "ita.failure-capture-test";

	static final String PREFIX = "DeliberatelyFailing-";

	@Test
	void aFailingBrowserTestLeavesAScreenshotAndThePageSourceOfEachRun() throws IOException {
		forgetEarlierRuns();

		EngineTestKit.engine("junit-jupiter")
			.selectors(selectClass(DeliberatelyFailing.class))
			.configurationParameter(RUN, "true")
			.execute()
			.testEvents()
			.assertStatistics(stats -> stats.started(3).failed(2).succeeded(1));

		for (String language : List.of("th", "en")) {
			String index = "th".equals(language) ? "1" : "2";
			String name = PREFIX + "showsAPageAndFails-" + index + "-language-" + language + "-0";
			byte[] png = Files.readAllBytes(FailureCapture.DIR.resolve(name + ".png"));
			assertThat(png).as("PNG signature").startsWith(0x89, 'P', 'N', 'G');
			assertThat(png.length).isGreaterThan(1000);
			String html = Files.readString(FailureCapture.DIR.resolve(name + ".html"));
			assertThat(html).startsWith("<!-- data:text/html").contains("page-of-" + language);
		}
		assertThat(saved()).as("nothing from the passing test, nothing else").hasSize(4);
		assertThat(Browsers.openNow()).as("browsers closed after each test").isEmpty();
	}

	@Test
	void namesAreFileSafeAndKeepTheParameters() {
		assertThat(FailureCapture.safe("AccessibilityTest-staffPages-[2] language=en")).isEqualTo("AccessibilityTest-staffPages-2-language-en");
		assertThat(FailureCapture.safe("X-y-[1] /staff/2566?lang=th")).isEqualTo("X-y-1-staff-2566-lang-th");
		assertThat(FailureCapture.safe("X-y-[1] ภาษาไทย")).isEqualTo("X-y-1-ภาษาไทย");
	}

	private static void forgetEarlierRuns() throws IOException {
		for (Path file : saved()) {
			Files.delete(file);
		}
	}

	private static List<Path> saved() throws IOException {
		if (!Files.isDirectory(FailureCapture.DIR)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(FailureCapture.DIR)) {
			return files.filter(f -> f.getFileName().toString().startsWith(PREFIX)).toList();
		}
	}

	/** Fails on purpose; runs only inside {@link FailureCaptureTest} (never picked up on its own). */
	@ExtendWith(FailureCapture.class)
	@EnabledIf("launchedByFailureCaptureTest")
	static class DeliberatelyFailing {

		static boolean launchedByFailureCaptureTest(ExtensionContext context) {
			return context.getConfigurationParameter(RUN).isPresent();
		}

		@ParameterizedTest
		@ValueSource(strings = { "th", "en" })
		void showsAPageAndFails(String language) {
			show(Browsers.open(), "page-of-" + language);
			throw new AssertionError("deliberate failure in " + language);
		}

		@Test
		void passes() {
			show(Browsers.open(), "page-that-passes");
		}

		private static void show(WebDriver driver, String marker) {
			String html = "<!DOCTYPE html><html lang=en><title>" + marker + "</title><h1>" + marker + "</h1></html>";
			driver.get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
		}

	}

}
