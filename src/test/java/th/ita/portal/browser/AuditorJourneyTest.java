package th.ita.portal.browser;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** The auditor reads everything, changes nothing, and downloads the report exports. */
class AuditorJourneyTest extends Journey {

	static final String AGENCY = "องค์การบริหารส่วนตำบลบางเสาธง";

	@Test
	void auditorSeesNoEditFormAndPostsAreRefused() throws Exception {
		WebDriver auditor = browser();
		signIn(auditor, AUDITOR, AUDITOR_PASSWORD);
		for (String page : List.of("/staff/2566/oit/o3", "/staff/2566/oit/o19", "/staff/2566/plans/1",
				"/staff/2566/oit/o3/evidence", "/staff/2566/measures")) {
			auditor.get(url(page));
			assertThat(auditor.findElements(By.cssSelector("main form[method=post]"))).as(page).isEmpty();
			assertThat(auditor.findElements(By.cssSelector("main textarea"))).as(page).isEmpty();
		}
		auditor.get(url("/staff/2566/measures"));
		String measure = auditor.findElement(By.cssSelector("main a[href*='/staff/2566/measures/']")).getAttribute("href");
		auditor.get(measure);
		assertThat(auditor.findElements(By.cssSelector("main form[method=post]"))).as(measure).isEmpty();

		String csrf = auditor.findElement(By.cssSelector("form[action$='/logout'] input[name=_csrf]")).getAttribute("value");
		HttpResponse<String> refused = post(auditor, "/staff/2566/oit/o3",
				"_csrf=" + csrf + "&status=DONE&progress=x&version=0&unitIds=1");
		assertThat(refused.statusCode()).isEqualTo(403);
		HttpResponse<String> publish = post(auditor, "/staff/2566/oit/o3/publish", "_csrf=" + csrf);
		assertThat(publish.statusCode()).isEqualTo(403);
	}

	@Test
	void auditorDownloadsThePdfAndDocxExports() throws Exception {
		WebDriver auditor = browser();
		signIn(auditor, AUDITOR, AUDITOR_PASSWORD);
		auditor.get(url("/staff/exports"));
		assertThat(auditor.findElements(By.cssSelector("main form"))).isNotEmpty();

		HttpResponse<byte[]> pdf = download(auditor, url("/staff/exports/2566.pdf"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains(AGENCY);
		}
		HttpResponse<byte[]> docx = download(auditor, url("/staff/exports/2566.docx"));
		assertThat(docx.statusCode()).isEqualTo(200);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
			assertThat(document.getParagraphs()).isNotEmpty();
		}
	}

}
