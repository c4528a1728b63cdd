package th.ita.portal.export;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;
import th.ita.portal.common.NotFoundException;
import th.ita.portal.report.Audience;
import th.ita.portal.report.PublishedReports;
import th.ita.portal.user.CurrentStaff;
import th.ita.portal.user.Role;
import th.ita.portal.user.StaffPrincipal;

/** The staff export page and its downloads, for auditors and admins only; every export is audited. */
@Controller
class ExportController {

	private final Exports exports;

	private final PublishedReports reports;

	private final AuditLog audit;

	ExportController(Exports exports, PublishedReports reports, AuditLog audit) {
		this.exports = exports;
		this.reports = reports;
		this.audit = audit;
	}

	@GetMapping("/staff/exports")
	String page(Model model) {
		requireExporter();
		var agency = this.reports.agency().orElseThrow(() -> new NotFoundException("agency"));
		model.addAttribute("years", this.reports.yearsOf(agency, Audience.STAFF).stream().map(r -> r.getFiscalYear()).toList());
		model.addAttribute("formats", ExportFormat.values());
		return "export/index";
	}

	/** The page's form: year and format as parameters. */
	@GetMapping("/staff/exports/download")
	ResponseEntity<byte[]> form(@RequestParam int year, @RequestParam String format,
			@RequestParam(defaultValue = "thai") String digits, @RequestParam(defaultValue = "false") boolean drafts,
			Locale locale) {
		return download(year, format, digits, drafts, locale);
	}

	@GetMapping("/staff/exports/{year:\\d{4}}.{format:[a-z-]+}")
	ResponseEntity<byte[]> download(@PathVariable int year, @PathVariable String format,
			@RequestParam(defaultValue = "thai") String digits, @RequestParam(defaultValue = "false") boolean drafts,
			Locale locale) {
		requireExporter();
		ExportFormat f = ExportFormat.ofToken(format).orElseThrow(() -> new NotFoundException("format " + format));
		boolean thai = !"arabic".equals(digits);
		ExportFile file = this.exports.export(year, f, thai, drafts, Audience.STAFF, locale);
		this.audit.record(AuditAction.EXPORT, "report " + year + " " + f.token() + (thai ? " thai" : " arabic")
				+ (drafts ? " drafts" : " published") + " " + file.bytes().length + " bytes");
		return file.response();
	}

	/** Auditors and admins export; other staff get 403 (anonymous users never get here). */
	static StaffPrincipal requireExporter() {
		StaffPrincipal user = CurrentStaff.get();
		if (!user.hasRole(Role.AUDITOR) && !user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("not an auditor");
		}
		return user;
	}

}
