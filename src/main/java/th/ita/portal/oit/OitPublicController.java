package th.ita.portal.oit;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.view.RedirectView;

import th.ita.portal.framework.ItemCodes;
import th.ita.portal.report.Report;
import th.ita.portal.web.PublicCaching;
import th.ita.portal.web.cache.CachedPublicPage;

/**
 * The public OIT pages. {@code /ita/{year}/oit/o{n}} is the permanent link an agency pastes into
 * the NACC's system; it must never change.
 */
@Controller
class OitPublicController {

	private final OitPublicPages pages;

	private final PublicCaching caching;

	OitPublicController(OitPublicPages pages, PublicCaching caching) {
		this.pages = pages;
		this.caching = caching;
	}

	@CachedPublicPage
	@GetMapping("/ita/{year:\\d{4}}/oit")
	String index(Report report, ServletWebRequest request, Model model) {
		if (this.caching.notModified(request, "oit-" + report.getId(), report.getLastPublishedAt())) {
			return null;
		}
		model.addAttribute("page", this.pages.index(report));
		return "oit/index";
	}

	/** {@code O12} as printed in reports leads to the permanent lower-case link. */
	@GetMapping("/ita/{year:\\d{4}}/oit/{code:" + ItemCodes.PRINTED_CODE + "}")
	RedirectView upperCaseCode(@PathVariable int year, @PathVariable String code) {
		RedirectView redirect = new RedirectView("/ita/" + year + "/oit/" + code.toLowerCase(Locale.ROOT), true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return redirect;
	}

	@CachedPublicPage
	@GetMapping("/ita/{year:\\d{4}}/oit/" + ItemCodes.CODE_VARIABLE)
	String item(Report report, @PathVariable String code, ServletWebRequest request, Model model) {
		if (this.caching.notModified(request, code + "-" + report.getId(), report.getLastPublishedAt())) {
			return null;
		}
		model.addAttribute("page", this.pages.item(report, code));
		return "oit/item";
	}

}
