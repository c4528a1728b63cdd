package th.ita.portal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Checks pages in one browser and one language: the page is the one meant (an element that only it
 * shows is there), it has a title, {@code <html lang>} is the language under test, and axe-core
 * finds no WCAG 2.1 A or AA violation. Problems are collected, so one run lists them all.
 */
final class Axe {

	static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** Only these rules; details of violations only (passes would be listed node by node). */
	private static final AxeRunOptions OPTIONS = new AxeRunOptions();

	static {
		AxeRunOnlyOptions runOnly = new AxeRunOnlyOptions();
		runOnly.setType("tag");
		runOnly.setValues(WCAG21_AA);
		OPTIONS.setRunOnly(runOnly);
		OPTIONS.setResultTypes(List.of("violations"));
	}

	private final WebDriver driver;

	private final String language;

	private final UnaryOperator<String> url;

	private final List<String> problems = new ArrayList<>();

	private int checked;

	Axe(WebDriver driver, String language, UnaryOperator<String> url) {
		this.driver = driver;
		this.language = language;
		this.url = url;
	}

	/** Opens a path of the portal and checks it; {@code mustShow} is CSS that only the meant page matches. */
	Axe visit(String path, String mustShow) {
		this.driver.get(this.url.apply(path));
		return here(path, mustShow);
	}

	/** Checks the page the browser shows now, e.g. a form shown again with its errors. */
	Axe here(String label, String mustShow) {
		this.checked++;
		String where = label + " [" + this.language + "]";
		@SuppressWarnings("unchecked")
		List<Object> page = (List<Object>) ((JavascriptExecutor) this.driver).executeScript(
				"return [document.querySelector(arguments[0]) !== null, document.documentElement.lang, document.title];",
				mustShow);
		if (!Boolean.TRUE.equals(page.get(0))) {
			this.problems.add(where + ": not the page meant, no " + mustShow + " at " + this.driver.getCurrentUrl());
		}
		if (!this.language.equals(page.get(1))) {
			this.problems.add(where + ": <html lang=" + page.get(1) + ">");
		}
		if (String.valueOf(page.get(2)).isBlank()) {
			this.problems.add(where + ": no title");
		}
		// Legacy mode runs axe in the page itself; the default opens a tab per page to merge frames,
		// and the portal has no frames.
		Results results = new AxeBuilder().withOptions(OPTIONS).disableIframeTesting().setLegacyMode(true)
			.analyze(this.driver);
		results.getViolations().stream().map(rule -> where + ": " + describe(rule)).forEach(this.problems::add);
		return this;
	}

	List<String> problems() {
		return List.copyOf(this.problems);
	}

	int checked() {
		return this.checked;
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getHelp() + ") at "
				+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
	}

}
