package th.ita.portal.export;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

import th.ita.portal.agency.CurrentAgency;

/**
 * The published annual report for everyone, as PDF or Word: no sign-in, no session, Thai digits.
 * Rendered once per publish and language ({@link PublicReportCache}), with a strong ETag and
 * Last-Modified, so a repeated or conditional download costs no SQL.
 */
@Controller
class PublicReportController {

	private final PublicReportCache reports;

	private final CurrentAgency agency;

	PublicReportController(PublicReportCache reports, CurrentAgency agency) {
		this.reports = reports;
		this.agency = agency;
	}

	@GetMapping("/ita/{year:\\d{4}}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable int year, Locale locale, ServletWebRequest request) {
		return this.reports.get(this.agency.id(), year, ExportFormat.PDF, true, locale).response(request);
	}

	@GetMapping("/ita/{year:\\d{4}}/report.docx")
	ResponseEntity<byte[]> docx(@PathVariable int year, Locale locale, ServletWebRequest request) {
		return this.reports.get(this.agency.id(), year, ExportFormat.DOCX, true, locale).response(request);
	}

}
