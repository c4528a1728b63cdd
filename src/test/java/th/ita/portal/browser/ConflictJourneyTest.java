package th.ita.portal.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** Two people edit the same item in two browsers: the second save is shown both texts. */
class ConflictJourneyTest extends Journey {

	@Test
	void secondSaveSeesTheConflictPageWithBothTexts() {
		WebDriver first = browser();
		WebDriver second = browser();
		signIn(first, EDITOR, EDITOR_PASSWORD);
		signIn(second, "demo.admin", "demo-admin-2566");
		first.get(url("/staff/2566/oit/o5"));
		second.get(url("/staff/2566/oit/o5"));

		type(first, "ข้อความของผู้แก้ไขคนแรก");
		submit(first, "/staff/2566/oit/o5");
		assertThat(first.findElements(By.id("conflict-h"))).isEmpty();

		type(second, "ข้อความของผู้แก้ไขคนที่สอง");
		submit(second, "/staff/2566/oit/o5");
		WebElement conflict = second.findElement(By.cssSelector("section.conflict"));
		assertThat(conflict.getText()).contains("ข้อความของผู้แก้ไขคนแรก", "ข้อความของผู้แก้ไขคนที่สอง");
		assertThat(second.findElement(By.id("progress")).getAttribute("value")).isEqualTo("ข้อความของผู้แก้ไขคนที่สอง");
	}

	private static void type(WebDriver driver, String text) {
		WebElement progress = driver.findElement(By.id("progress"));
		progress.clear();
		progress.sendKeys(text);
	}

}
