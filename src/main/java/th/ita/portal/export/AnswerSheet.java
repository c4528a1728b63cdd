package th.ita.portal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import th.ita.portal.evidence.PublicEvidenceLinks;
import th.ita.portal.export.ReportContent.ItemData;

/**
 * The OIT answer sheet staff paste into the NACC's system: for every item its code, title, the
 * permanent public URL of its page and the public URLs of its published evidence (one per line).
 */
@Component
class AnswerSheet {

	private final MessageSource messages;

	private final String baseUrl;

	private final PublicEvidenceLinks evidence;

	AnswerSheet(MessageSource messages, PublicEvidenceLinks evidence,
			@Value("${ita.public-base-url:http://localhost:8080}") String baseUrl) {
		this.messages = messages;
		this.evidence = evidence;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	List<String> header(Locale locale) {
		return List.of("code", "title", "url", "evidence")
			.stream()
			.map(c -> this.messages.getMessage("export.answers.col." + c, null, locale))
			.toList();
	}

	List<List<String>> rows(ReportContent content) {
		List<List<String>> rows = new ArrayList<>();
		Map<String, List<String>> evidenceUrls = this.evidence.byItem(content.year(), this.baseUrl);
		for (ItemData item : content.items()) {
			rows.add(List.of(OitSections.printedCode(item.code()), item.title(), pageUrl(content.year(), item.code()),
					String.join("\n", evidenceUrls.getOrDefault(item.code(), List.of()))));
		}
		return rows;
	}

	/** The item's permanent public page, e.g. https://ita.example.go.th/ita/2566/oit/o12. */
	String pageUrl(int year, String code) {
		return this.baseUrl + "/ita/" + year + "/oit/" + code;
	}

	byte[] csv(ReportContent content, Locale locale) {
		Csv csv = new Csv().row(header(locale));
		rows(content).forEach(csv::row);
		return csv.bytes();
	}

	byte[] xlsx(ReportContent content, Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			new XlsxWriter.Sheets(book, XlsxWriter.FONT).add(
					this.messages.getMessage("export.answers.sheet", null, locale),
					content.drafts() ? this.messages.getMessage("export.draft-mark", null, locale) : null,
					header(locale), List.of(6, 40, 40, 40), rows(content));
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
