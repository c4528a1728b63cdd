package th.ita.portal.audit;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The audit log viewer for admins and auditors. A filter value that does not parse is ignored. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
class AuditViewController {

	private final AuditQuery query;

	AuditViewController(AuditQuery query) {
		this.query = query;
	}

	@GetMapping("/staff/admin/audit")
	String list(@ModelAttribute("filter") AuditFilter filter, BindingResult ignoredInvalidInput, Model model) {
		Page<AuditEntry> page = this.query.find(filter);
		model.addAttribute("entries", page);
		model.addAttribute("actions", AuditAction.values());
		return "audit/list";
	}

}
