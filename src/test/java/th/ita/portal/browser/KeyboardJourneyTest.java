package th.ita.portal.browser;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor does the whole editor journey with the keyboard alone, from signing in to adding
 * evidence, and every element the focus lands on shows the portal's focus style. Only the first
 * page is opened by address; a file is given to the file input it reached (no OS dialog to drive).
 */
class KeyboardJourneyTest extends Journey {

	static final String CODE = "o7";

	static final String ITEM = "/staff/2566/oit/" + CODE;

	static final String TEXT = "ข่าวประชาสัมพันธ์ครบทุกเดือน บันทึกด้วยแป้นพิมพ์";

	@Test
	void editorSignsInEditsAnItemRecoversFromAMistakeAndAddsEvidenceWithTheKeyboardOnly() throws Exception {
		WebDriver editor = browser();
		editor.get(url("/login"));
		Keyboard keys = new Keyboard(editor);
		keys.tabTo("user name", f -> "username".equals(f.id()));
		keys.type(EDITOR);
		keys.tabTo("password", f -> "password".equals(f.id()));
		keys.type(EDITOR_PASSWORD);
		WebElement signIn = keys.tabTo("sign-in button", f -> "submit".equals(f.type()) && f.form().endsWith("/login"))
			.element();
		keys.press(Keys.ENTER);
		waitUntilGone(editor, signIn);
		assertThat(editor.getCurrentUrl()).endsWith("/staff/2566");

		WebElement link = keys.tabTo("the item on the dashboard", f -> f.href().endsWith(ITEM)).element();
		keys.press(Keys.ENTER);
		waitUntilGone(editor, link);
		assertThat(editor.getCurrentUrl()).endsWith(ITEM);

		// The mistake: no responsible unit left.
		Keyboard.Focus unit = keys.tabTo("the unit choices", f -> "unitIds".equals(f.name()));
		while ("unitIds".equals(unit.name())) {
			if (unit.checked()) {
				keys.press(Keys.SPACE);
			}
			unit = keys.tab();
		}
		keys.tabTo("progress", f -> "progress".equals(f.id()));
		keys.selectAll();
		keys.type(TEXT);
		WebElement save = keys.tabTo("save", this::isSave).element();
		keys.press(Keys.ENTER);
		waitUntilGone(editor, save);

		WebElement summary = editor.switchTo().activeElement();
		assertThat(summary.getAttribute("id")).as("focus on the error summary").isEqualTo("error-summary");
		assertThat(summary.getAttribute("role")).isEqualTo("alert");
		assertThat(summary.getText()).isNotBlank();
		assertThat(editor.findElement(By.id("progress")).getAttribute("value")).as("typed text kept").isEqualTo(TEXT);
		Keyboard.Focus toField = keys.tab();
		assertThat(toField.href()).as("first error's link").isEqualTo("#unitIds");
		keys.press(Keys.ENTER);
		unit = keys.tab();
		assertThat(unit.name()).as("the link leads the focus to the units").isEqualTo("unitIds");
		while (!unit.label().contains("สำนักปลัด")) {
			unit = keys.tab();
			assertThat(unit.name()).isEqualTo("unitIds");
		}
		keys.press(Keys.SPACE);
		save = keys.tabTo("save", this::isSave).element();
		keys.press(Keys.ENTER);
		waitUntilGone(editor, save);
		assertThat(editor.findElement(By.cssSelector("main .alert-ok[role=status]")).isDisplayed()).isTrue();
		assertThat(editor.findElement(By.id("progress")).getAttribute("value")).isEqualTo(TEXT);

		link = keys.tabTo("the evidence page", f -> f.href().endsWith(ITEM + "/evidence")).element();
		keys.press(Keys.ENTER);
		waitUntilGone(editor, link);
		keys.tabTo("link title", f -> "link-title".equals(f.id()));
		keys.type("ข่าวประชาสัมพันธ์ออนไลน์");
		keys.tabTo("link address", f -> "link-url".equals(f.id()));
		keys.type("https://www.example.go.th/news");
		WebElement add = keys.tabTo("add link", f -> "submit".equals(f.type()) && f.form().endsWith("/evidence/link"))
			.element();
		keys.press(Keys.ENTER);
		waitUntilGone(editor, add);

		keys.tabTo("file title", f -> "file-title".equals(f.id()));
		keys.type("สรุปข่าวประจำเดือน");
		WebElement file = keys.tabTo("file", f -> "file-file".equals(f.id())).element();
		file.sendKeys(tempFile("news.pdf", minimalPdf("keyboard").getBytes(StandardCharsets.US_ASCII)).toString());
		WebElement upload = keys.tabTo("upload", f -> "submit".equals(f.type()) && f.form().endsWith("/evidence/file"))
			.element();
		keys.press(Keys.ENTER);
		waitUntilGone(editor, upload);
		assertThat(text(editor, "main .evidence-list")).contains("ข่าวประชาสัมพันธ์ออนไลน์", "สรุปข่าวประจำเดือน");
	}

	private boolean isSave(Keyboard.Focus focus) {
		return "submit".equals(focus.type()) && focus.form().endsWith(ITEM);
	}

}
