package th.ita.portal.export;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The published annual report for everyone, as PDF or Word: no sign-in, no session, Thai digits. */
@Controller
class PublicReportController {

	private final Exports exports;

	PublicReportController(Exports exports) {
		this.exports = exports;
	}

	@GetMapping("/ita/{year:\\d{4}}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable int year, Locale locale) {
		return this.exports.export(year, ExportFormat.PDF, true, false, locale).publicResponse();
	}

	@GetMapping("/ita/{year:\\d{4}}/report.docx")
	ResponseEntity<byte[]> docx(@PathVariable int year, Locale locale) {
		return this.exports.export(year, ExportFormat.DOCX, true, false, locale).publicResponse();
	}

}
