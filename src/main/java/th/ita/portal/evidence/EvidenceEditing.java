package th.ita.portal.evidence;

import java.util.Collections;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.common.RetriedOnLostRace;
import th.ita.portal.common.StaleVersionException;
import th.ita.portal.oit.DisclosureAccess;
import th.ita.portal.oit.OitDisclosure;

/**
 * Adds links to, renames, reorders and removes the draft evidence of a disclosure (files are added
 * by {@link EvidenceUploads}). Every change is checked against the signed-in user, marks the
 * disclosure as changed and leaves a revision ({@link EvidenceList}).
 */
@RetriedOnLostRace
@Service
@Transactional
public class EvidenceEditing {

	private final DisclosureAccess access;

	private final EvidenceList list;

	private final EvidenceRepository evidence;

	private final PublishedEvidenceRepository published;

	private final EvidenceStorage storage;

	EvidenceEditing(DisclosureAccess access, EvidenceList list, EvidenceRepository evidence,
			PublishedEvidenceRepository published, EvidenceStorage storage) {
		this.access = access;
		this.list = list;
		this.evidence = evidence;
		this.published = published;
		this.storage = storage;
	}

	public Evidence addLink(int year, String code, String title, String url) {
		OitDisclosure disclosure = this.access.requireEditable(year, code);
		if (!EvidenceInput.isWebAddress(url)) {
			throw new EvidenceRejectedException("evidence.link.url.invalid");
		}
		String shownTitle = requireTitle(title);
		return this.list.add(disclosure, all -> Evidence.link(disclosure, shownTitle, url,
				EvidenceList.nextPosition(all), EvidenceList.user()));
	}

	/** Renames, or refuses when someone changed it since; the refused title is kept in the history. */
	@Transactional(noRollbackFor = StaleVersionException.class)
	public void rename(int year, String code, long id, long version, String title) {
		OitDisclosure disclosure = this.access.requireEditable(year, code);
		Evidence target = this.list.find(disclosure, id);
		if (target.getVersion() != version) {
			this.list.refused(disclosure, target.describe(), target.describeAs(title));
			throw new StaleVersionException("evidence " + id);
		}
		String shownTitle = requireTitle(title);
		this.list.change(disclosure, all -> target.rename(shownTitle));
	}

	/** A title as shown to the public: one clean line ({@link EvidenceInput#plainText}), never empty. */
	private static String requireTitle(String title) {
		String clean = EvidenceInput.plainText(title);
		if (clean.isEmpty()) {
			throw new EvidenceRejectedException("evidence.title.required");
		}
		return clean;
	}

	public void move(int year, String code, long id, boolean up) {
		OitDisclosure disclosure = this.access.requireEditable(year, code);
		Evidence target = this.list.find(disclosure, id);
		this.list.change(disclosure, all -> {
			int from = all.indexOf(target);
			int to = up ? from - 1 : from + 1;
			if (to >= 0 && to < all.size()) {
				Collections.swap(all, from, to);
				for (int i = 0; i < all.size(); i++) {
					all.get(i).moveTo(i + 1);
				}
			}
		});
	}

	public void remove(int year, String code, long id) {
		OitDisclosure disclosure = this.access.requireEditable(year, code);
		Evidence target = this.list.find(disclosure, id);
		this.list.change(disclosure, all -> {
			all.remove(target);
			this.evidence.delete(target);
			if (target.isFile() && !this.published.existsByStorageKey(target.getFile().getStorageKey())) {
				this.storage.deleteAfterCommit(target.getFile().getStorageKey());
			}
		});
	}

}
