package th.ita.portal.export;

import java.time.Instant;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;
import th.ita.portal.readiness.Readiness;
import th.ita.portal.report.Report;
import th.ita.portal.report.StaffYear;

/** The readiness report for auditors and admins (others 403), as XLSX; every download is audited. */
@Controller
class ReadinessReportController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Readiness readiness;

	private final ReadinessWorkbook workbook;

	private final AuditLog audit;

	ReadinessReportController(Readiness readiness, ReadinessWorkbook workbook, AuditLog audit) {
		this.readiness = readiness;
		this.workbook = workbook;
		this.audit = audit;
	}

	@GetMapping("/staff/{year:\\d{4}}/readiness.xlsx")
	ResponseEntity<byte[]> download(@StaffYear Report report, Locale locale) {
		ExportController.requireExporter();
		byte[] bytes = this.workbook.write(this.readiness.of(report), locale);
		this.audit.record(AuditAction.EXPORT, "readiness " + report.getFiscalYear() + " xlsx " + bytes.length + " bytes");
		String name = "ita-readiness-" + report.getFiscalYear() + ".xlsx";
		return new ExportFile(bytes, name, name, XLSX, Instant.now()).response();
	}

}
