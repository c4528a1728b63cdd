package th.ita.portal.browser;

import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor signs in and saves an edit with the keyboard only, seeing where the focus is. */
class KeyboardJourneyTest extends Journey {

	static final int MAX_TABS = 80;

	@Test
	void editorSignsInAndSavesAnEditWithTabEnterAndSpaceOnly() {
		WebDriver editor = browser();
		editor.get(url("/login"));
		tabUntil(editor, e -> "username".equals(e.getAttribute("id")));
		type(editor, EDITOR);
		tabUntil(editor, e -> "password".equals(e.getAttribute("id")));
		type(editor, EDITOR_PASSWORD);
		WebElement submit = tabUntil(editor, e -> "submit".equals(e.getAttribute("type")));
		press(editor, Keys.ENTER);
		waitFor(editor).until(d -> d.getCurrentUrl().contains("/staff"));
		assertThat(submit).isNotNull();

		editor.get(url("/staff/2566/oit/o7"));
		tabUntil(editor, e -> "progress".equals(e.getAttribute("id")));
		type(editor, "ข่าวประชาสัมพันธ์ครบทุกเดือน บันทึกด้วยแป้นพิมพ์");
		tabUntil(editor, e -> "submit".equals(e.getAttribute("type"))
				&& e.getAttribute("class") != null && e.getAttribute("class").contains("button")
				&& e.findElements(By.xpath("ancestor::form[contains(@action, '/oit/o7') and not(contains(@action, 'publish'))]")).size() == 1);
		press(editor, Keys.SPACE);
		waitFor(editor).until(d -> !d.findElements(By.cssSelector("main .alert-ok")).isEmpty());
		assertThat(editor.findElement(By.id("progress")).getAttribute("value"))
			.contains("ข่าวประชาสัมพันธ์ครบทุกเดือน บันทึกด้วยแป้นพิมพ์");
	}

	/** Presses TAB until the focused element matches; every element focused on the way shows it. */
	private static WebElement tabUntil(WebDriver driver, Predicate<WebElement> wanted) {
		for (int i = 0; i < MAX_TABS; i++) {
			press(driver, Keys.TAB);
			WebElement focused = driver.switchTo().activeElement();
			assertFocusVisible(driver, focused);
			if (wanted.test(focused)) {
				return focused;
			}
		}
		throw new AssertionError("not reached with " + MAX_TABS + " TABs on " + driver.getCurrentUrl());
	}

	private static void assertFocusVisible(WebDriver driver, WebElement focused) {
		String outline = (String) js(driver, "return getComputedStyle(arguments[0]).outlineStyle;", focused);
		String shadow = (String) js(driver, "return getComputedStyle(arguments[0]).boxShadow;", focused);
		assertThat(!"none".equals(outline) || !"none".equals(shadow))
			.as("focus visible on <%s id=%s> of %s", focused.getTagName(), focused.getAttribute("id"),
					driver.getCurrentUrl())
			.isTrue();
	}

	private static void press(WebDriver driver, CharSequence key) {
		new Actions(driver).sendKeys(key).perform();
	}

	private static void type(WebDriver driver, String text) {
		new Actions(driver).sendKeys(text).perform();
	}

}
