package th.ita.portal.oit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

import th.ita.portal.framework.ItemCodes;
import th.ita.portal.report.PublicYear;
import th.ita.portal.report.Report;
import th.ita.portal.web.PermanentRedirect;
import th.ita.portal.web.PublicCaching;
import th.ita.portal.web.cache.CachedPublicPage;

/**
 * The public OIT pages. {@code /ita/{year}/oit/{code}}, the code spelled as the framework writes it
 * ({@code o12} in 2566, {@code O12} in later lists), is the permanent link an agency pastes into the
 * NACC's system; it must never change. Any other case of the code redirects there (301).
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
	String index(@PublicYear Report report, ServletWebRequest request, Model model) {
		if (this.caching.notModified(request, "oit-" + report.getId(), report.getLastPublishedAt())) {
			return null;
		}
		model.addAttribute("page", this.pages.index(report));
		return "oit/index";
	}

	@CachedPublicPage
	@GetMapping("/ita/{year:\\d{4}}/oit/" + ItemCodes.CODE_VARIABLE)
	Object item(@PublicYear Report report, @PathVariable String code, ServletWebRequest request, Model model) {
		if (this.caching.notModified(request, code + "-" + report.getId(), report.getLastPublishedAt())) {
			return null;
		}
		OitPublicPages.ItemPage page = this.pages.item(report, code);
		String own = page.item().getCode();
		if (!ItemCodes.isOwnSpelling(code, own)) {
			return PermanentRedirect.to("/ita/" + report.getFiscalYear() + "/oit/" + own);
		}
		model.addAttribute("page", page);
		return "oit/item";
	}

}
