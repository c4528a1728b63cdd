package th.ita.portal.framework;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;

/**
 * A framework as a file (CSV or XLSX, the columns of docs/frameworks.md), and the "new year"
 * template: the newest framework's file, to edit and import as the next year's.
 */
@Controller
@RequestMapping("/staff/admin/frameworks")
@PreAuthorize("hasRole('ADMIN')")
class FrameworkFileController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final FrameworkAdminService service;

	private final AuditLog audit;

	FrameworkFileController(FrameworkAdminService service, AuditLog audit) {
		this.service = service;
		this.audit = audit;
	}

	@GetMapping("/{id:\\d+}.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id) {
		return file(this.service.get(id), "csv", "framework");
	}

	@GetMapping("/{id:\\d+}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id) {
		return file(this.service.get(id), "xlsx", "framework");
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> templateCsv() {
		return file(this.service.newest(), "csv", "framework-template-from");
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> templateXlsx() {
		return file(this.service.newest(), "xlsx", "framework-template-from");
	}

	private ResponseEntity<byte[]> file(FrameworkSummary framework, String format, String prefix) {
		List<List<String>> rows = FrameworkColumns.rows(this.service.tree(framework.id()));
		byte[] body = format.equals("csv") ? FrameworkCsv.write(rows) : FrameworkXlsx.write(rows);
		String filename = prefix + "-" + framework.fiscalYear() + "-" + framework.id() + "." + format;
		this.audit.record(AuditAction.EXPORT, "framework " + framework.id() + " " + filename);
		return ResponseEntity.ok()
			.contentType(format.equals("csv") ? CSV : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
