package th.ita.portal.browser;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** A citizen reads a published item and opens its evidence, in Thai and English, on a phone too. */
class CitizenJourneyTest extends Journey {

	static final List<String> PUBLIC_PAGES = List.of("/", "/ita/2566", "/ita/2566/oit", "/ita/2566/oit/o12",
			"/ita/2566/measures");

	@Test
	void citizenFollowsLinksFromHomeToAnItemAndOpensItsPublishedPdf() throws Exception {
		byte[] pdf = minimalPdf("citizen-journey").getBytes(StandardCharsets.US_ASCII);
		publishEvidenceOnO12(tempFile("report-6-months.pdf", pdf));

		WebDriver citizen = browser();
		citizen.get(url("/"));
		citizen.findElement(By.cssSelector("main a[href='/ita/2566']")).click();
		citizen.findElement(By.cssSelector("main a[href='/ita/2566/oit']")).click();
		assertThat(citizen.getCurrentUrl()).endsWith("/ita/2566/oit");
		citizen.findElement(By.cssSelector("main a[href='/ita/2566/oit/o12']")).click();
		assertThat(text(citizen, "main h1")).contains("12");
		WebElement evidence = citizen.findElement(By.cssSelector("main a[href*='/ita/2566/oit/o12/evidence/']"));
		assertThat(evidence.getText()).isEqualTo("รายงานผล ๖ เดือน");

		HttpResponse<byte[]> file = download(citizen, evidence.getAttribute("href"));
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
		assertThat(file.body()).isEqualTo(pdf);
	}

	@Test
	void citizenSwitchesToEnglishAndBack() {
		WebDriver citizen = browser();
		citizen.get(url("/ita/2566/oit/o12"));
		assertThat(citizen.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("th");
		String thaiHeading = text(citizen, "main h1");
		citizen.findElement(By.cssSelector(".lang-switch a[hreflang=en]")).click();
		assertThat(citizen.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(citizen.getCurrentUrl()).contains("/ita/2566/oit/o12");
		citizen.get(url("/ita/2566/oit"));
		assertThat(citizen.findElement(By.tagName("html")).getAttribute("lang")).as("remembered").isEqualTo("en");
		citizen.get(url("/ita/2566/oit/o12"));
		citizen.findElement(By.cssSelector(".lang-switch a[hreflang=th]")).click();
		assertThat(citizen.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("th");
		assertThat(text(citizen, "main h1")).isEqualTo(thaiHeading);
	}

	@Test
	void aPhoneSizedWindowShowsTheSameContentWithoutSidewaysScrolling() {
		WebDriver citizen = browser();
		Map<String, String> desktop = new LinkedHashMap<>();
		for (String page : PUBLIC_PAGES) {
			citizen.get(url(page));
			desktop.put(page, mainText(citizen));
		}
		citizen.manage().window().setSize(new Dimension(375, 812));
		for (String page : PUBLIC_PAGES) {
			citizen.get(url(page));
			Number inner = (Number) js(citizen, "return window.innerWidth;");
			Number scroll = (Number) js(citizen, "return document.documentElement.scrollWidth;");
			assertThat(inner.intValue()).as("window width").isLessThanOrEqualTo(400);
			assertThat(scroll.intValue()).as(page + " scrolls sideways").isLessThanOrEqualTo(inner.intValue());
			assertThat(mainText(citizen)).as(page).isEqualTo(desktop.get(page));
		}
	}

	/**
	 * The text of the main content a reader can see: text in elements that are rendered and
	 * visible, not in ones hidden by CSS. The one thing phones hide by design is the header row of
	 * the item tables, whose cells are laid out as cards there.
	 */
	private static String mainText(WebDriver driver) {
		return String.valueOf(js(driver, """
				const parts = [];
				const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				  const element = node.parentElement;
				  if (node.textContent.trim() && !element.closest('table.items thead')
				      && element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) {
				    parts.push(node.textContent);
				  }
				}
				return parts.join(' ');""")).replaceAll("\\s+", " ").trim();
	}

	/** An editor of สำนักปลัด uploads a PDF to o12, the approver publishes it, both in the browser. */
	private void publishEvidenceOnO12(Path pdf) {
		WebDriver editor = browser();
		signIn(editor, EDITOR, EDITOR_PASSWORD);
		editor.get(url("/staff/2566/oit/o12/evidence"));
		editor.findElement(By.id("file-title")).sendKeys("รายงานผล ๖ เดือน");
		editor.findElement(By.id("file-file")).sendKeys(pdf.toAbsolutePath().toString());
		submit(editor, "/oit/o12/evidence/file");
		assertThat(text(editor, "main .evidence-list")).contains("รายงานผล ๖ เดือน");

		WebDriver approver = browser();
		signIn(approver, APPROVER, APPROVER_PASSWORD);
		approver.get(url("/staff/2566/oit/o12"));
		submit(approver, "/oit/o12/publish");
		assertThat(approver.findElements(By.cssSelector("form[action$='/oit/o12/publish']"))).isEmpty();
	}

}
