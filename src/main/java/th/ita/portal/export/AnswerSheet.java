package th.ita.portal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import th.ita.portal.agency.AgencyAddress;
import th.ita.portal.evidence.PublicEvidenceLinks;
import th.ita.portal.readiness.ItemReadiness;
import th.ita.portal.readiness.Readiness;
import th.ita.portal.report.Audience;
import th.ita.portal.report.PublishedReports;
import th.ita.portal.export.ReportContent.ItemData;

/**
 * The OIT answer sheet staff paste into the NACC's system: for every item its code, title, the
 * permanent public URL of its page and the public URLs of its published evidence (one per line),
 * at the agency's own public address ({@link AgencyAddress}).
 */
@Component
class AnswerSheet {

	private final MessageSource messages;

	private final AgencyAddress address;

	private final PublicEvidenceLinks evidence;

	private final PublishedReports reports;

	private final Readiness readiness;

	AnswerSheet(MessageSource messages, PublicEvidenceLinks evidence, AgencyAddress address, PublishedReports reports,
			Readiness readiness) {
		this.messages = messages;
		this.evidence = evidence;
		this.address = address;
		this.reports = reports;
		this.readiness = readiness;
	}

	List<String> header(Locale locale) {
		return List.of("code", "title", "url", "evidence", "ready")
			.stream()
			.map(c -> this.messages.getMessage("export.answers.col." + c, null, locale))
			.toList();
	}

	/** One row per item; the last column marks an item that is not ready (readiness), empty when it is. */
	List<List<String>> rows(ReportContent content, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		String base = this.address.base();
		Map<String, List<String>> evidenceUrls = this.evidence.byItem(content.year(), base);
		Map<String, ItemReadiness> states = new HashMap<>();
		this.readiness.of(this.reports.ofYear(content.year(), Audience.STAFF).report()).items()
			.forEach(i -> states.put(i.code(), i));
		for (ItemData item : content.items()) {
			ItemReadiness state = states.get(item.code());
			String mark = state == null || state.ready() ? ""
					: this.messages.getMessage(state.state().messageKey(), null, locale);
			rows.add(List.of(OitSections.printedCode(item.code()), item.title(), pageUrl(base, content.year(), item.code()),
					String.join("\n", evidenceUrls.getOrDefault(item.code(), List.of())), mark));
		}
		return rows;
	}

	/** The item's permanent public page, e.g. https://ita.example.go.th/ita/2566/oit/o12. */
	static String pageUrl(String base, int year, String code) {
		return base + "/ita/" + year + "/oit/" + code;
	}

	byte[] csv(ReportContent content, Locale locale) {
		Csv csv = new Csv().row(header(locale));
		rows(content, locale).forEach(csv::row);
		return csv.bytes();
	}

	byte[] xlsx(ReportContent content, Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			new XlsxWriter.Sheets(book, XlsxWriter.FONT).add(
					this.messages.getMessage("export.answers.sheet", null, locale),
					content.drafts() ? this.messages.getMessage("export.draft-mark", null, locale) : null,
					header(locale), List.of(6, 40, 40, 40, 12), rows(content, locale));
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
