package th.ita.portal.linkcheck;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.framework.ItemCodes;
import th.ita.portal.web.PermanentRedirect;

/** One item's links (their last checks and the proofs kept at publish), checking them now, and the admin overview. */
@Controller
class LinkCheckController {

	static final String ITEM = "/staff/{year:\\d{4}}/oit/" + ItemCodes.CODE_VARIABLE + "/links";

	private final ItemLinks items;

	private final LinkCheckPages pages;

	private final CurrentAgency agency;

	LinkCheckController(ItemLinks items, LinkCheckPages pages, CurrentAgency agency) {
		this.items = items;
		this.pages = pages;
		this.agency = agency;
	}

	@GetMapping(ITEM)
	Object item(@PathVariable int year, @PathVariable String code, Model model) {
		ItemLinks.Item item = this.items.item(year, code);
		if (!ItemCodes.isOwnSpelling(code, item.code())) {
			return PermanentRedirect.to("/staff/" + year + "/oit/" + item.code() + "/links");
		}
		model.addAttribute("item", item);
		return "linkcheck/item";
	}

	@PostMapping(ITEM + "/check")
	String check(@PathVariable int year, @PathVariable String code,
			@RequestParam(name = "evidence", required = false) String evidence, RedirectAttributes redirect) {
		LinkMonitor.RunCount count = this.items.checkNow(year, code, evidence);
		redirect.addFlashAttribute("linkCount", count);
		return "redirect:/staff/" + year + "/oit/" + code + "/links";
	}

	@GetMapping("/staff/admin/link-checks")
	String admin(Model model) {
		model.addAttribute("view", this.pages.admin(this.agency.id()));
		return "linkcheck/admin";
	}

}
