package th.ita.portal.linkcheck;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.common.NotFoundException;
import th.ita.portal.oit.DisclosureAccess;
import th.ita.portal.oit.OitDisclosure;
import th.ita.portal.unit.Unit;
import th.ita.portal.user.CurrentStaff;
import th.ita.portal.user.StaffPrincipal;

/**
 * One item's links for the staff: the page (any signed-in staff member) and checking them now
 * (its editors, approvers and admins; 403 otherwise). An unknown item, or an evidence id that is
 * not one of the item's links, is a 404.
 */
@Service
class ItemLinks {

	private final DisclosureAccess access;

	private final LinkCheckPages pages;

	private final LinkCheckStore store;

	private final LinkMonitor monitor;

	ItemLinks(DisclosureAccess access, LinkCheckPages pages, LinkCheckStore store, LinkMonitor monitor) {
		this.access = access;
		this.pages = pages;
		this.store = store;
		this.monitor = monitor;
	}

	@Transactional(readOnly = true)
	Item item(int year, String code) {
		OitDisclosure d = this.access.requireReadable(year, code);
		StaffPrincipal user = CurrentStaff.get();
		boolean canCheck = CurrentStaff.canEdit(user, d.getUnits().stream().map(Unit::getId).toList())
				|| CurrentStaff.canPublish(user);
		return new Item(d.getId(), year, d.getItem().getCode(), d.getItem().getDisplayCode(), d.getItem().getTitle(),
				canCheck, this.pages.linksOf(d.getId()), this.pages.proofsOf(d.getId()));
	}

	/**
	 * Checks the item's links now, or only {@code evidenceId} when given. No transaction is held
	 * while the links are fetched.
	 */
	LinkMonitor.RunCount checkNow(int year, String code, String evidenceId) {
		Item item = item(year, code);
		if (!item.canCheck()) {
			throw new AccessDeniedException("may not check this item's links");
		}
		String by = CurrentStaff.get().getUsername();
		if (evidenceId == null || evidenceId.isBlank()) {
			return this.monitor.checkDisclosure(item.disclosureId(), by);
		}
		LinkCheckStore.Target target = this.store.linksOf(item.disclosureId()).stream()
			.filter(t -> String.valueOf(t.evidenceId()).equals(evidenceId.strip()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("link evidence " + evidenceId + " of " + code));
		return this.monitor.checkOne(target, by);
	}

	record Item(long disclosureId, int year, String code, String displayCode, String title, boolean canCheck,
			List<LinkCheckPages.ItemLink> links, List<LinkCheckPages.Proof> proofs) {
	}

}
