package th.ita.portal.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import th.ita.portal.common.NotFoundException;
import th.ita.portal.common.RetriedOnLostRace;
import th.ita.portal.common.StaleVersionException;
import th.ita.portal.history.EntityKind;
import th.ita.portal.history.History;
import th.ita.portal.history.RevisionAction;
import th.ita.portal.oit.DisclosureAccess;
import th.ita.portal.oit.OitDisclosure;
import th.ita.portal.user.CurrentStaff;

/**
 * Adds, renames, reorders and removes the draft evidence of a disclosure. Every change is checked
 * against the signed-in user, marks the disclosure as changed and leaves a revision.
 */
@RetriedOnLostRace
@Service
@Transactional
public class EvidenceEditing {

	private final DisclosureAccess access;

	private final EvidenceRepository evidence;

	private final PublishedEvidenceRepository published;

	private final EvidenceStorage storage;

	private final EvidenceTypes types;

	private final History history;

	private final FileSizes sizes;

	private final DataSize maxSize;

	private final Clock clock;

	EvidenceEditing(DisclosureAccess access, EvidenceRepository evidence, PublishedEvidenceRepository published,
			EvidenceStorage storage, EvidenceTypes types, History history, FileSizes sizes,
			@Value("${ita.upload.max-size}") DataSize maxSize, Clock clock) {
		this.access = access;
		this.evidence = evidence;
		this.published = published;
		this.storage = storage;
		this.types = types;
		this.history = history;
		this.sizes = sizes;
		this.maxSize = maxSize;
		this.clock = clock;
	}

	public Evidence addLink(int year, String code, String title, String url) {
		OitDisclosure disclosure = this.access.requireEditable(year, code);
		if (!EvidenceInput.isWebAddress(url)) {
			throw new EvidenceRejectedException("evidence.link.url.invalid");
		}
		String shownTitle = requireTitle(title);
		return add(disclosure, list -> Evidence.link(disclosure, shownTitle, url, nextPosition(list), user()));
	}

	/**
	 * Keeps an uploaded file, checked by its content, as evidence. The file is on disk if and
	 * only if this transaction commits.
	 */
	public Evidence addFile(int year, String code, String title, String originalName, InputStream content)
			throws IOException {
		OitDisclosure disclosure = this.access.requireEditable(year, code);
		EvidenceStorage.Received received;
		try {
			received = this.storage.receive(content, this.maxSize.toBytes());
		}
		catch (EvidenceStorage.TooLargeException ex) {
			throw new EvidenceRejectedException("evidence.file.too-large", this.sizes.format(this.maxSize.toBytes()));
		}
		EvidenceType type;
		try {
			type = this.types.detect(received.temp());
		}
		catch (IOException | RuntimeException ex) {
			// Refused (a type not allowed, macros, a damaged file) or failed: nothing stays on disk.
			this.storage.discard(received);
			throw ex;
		}
		String name = EvidenceInput.fileName(originalName, type);
		StoredFile file = new StoredFile(this.storage.keep(received), name, type, received.size(), received.sha256());
		String given = EvidenceInput.plainText(title);
		String shownTitle = given.isEmpty() ? name : given;
		return add(disclosure, list -> Evidence.file(disclosure, shownTitle, file, nextPosition(list), user()));
	}

	/** Renames, or refuses when someone changed it since; the refused title is kept in the history. */
	@Transactional(noRollbackFor = StaleVersionException.class)
	public void rename(int year, String code, long id, long version, String title) {
		OitDisclosure disclosure = this.access.requireEditable(year, code);
		Evidence target = find(this.evidence, disclosure, id);
		if (target.getVersion() != version) {
			this.history.record(disclosure.getReport(), EntityKind.DISCLOSURE, disclosure.getId(), label(disclosure),
					RevisionAction.CONFLICT, Map.of("evidence", target.describe()),
					Map.of("evidence", target.describeAs(title)));
			throw new StaleVersionException("evidence " + id);
		}
		String shownTitle = requireTitle(title);
		change(disclosure, list -> target.rename(shownTitle));
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
		Evidence target = find(this.evidence, disclosure, id);
		change(disclosure, list -> {
			int from = list.indexOf(target);
			int to = up ? from - 1 : from + 1;
			if (to >= 0 && to < list.size()) {
				Collections.swap(list, from, to);
				for (int i = 0; i < list.size(); i++) {
					list.get(i).moveTo(i + 1);
				}
			}
		});
	}

	public void remove(int year, String code, long id) {
		OitDisclosure disclosure = this.access.requireEditable(year, code);
		Evidence target = find(this.evidence, disclosure, id);
		change(disclosure, list -> {
			list.remove(target);
			this.evidence.delete(target);
			if (target.isFile() && !this.published.existsByStorageKey(target.getFile().getStorageKey())) {
				this.storage.deleteAfterCommit(target.getFile().getStorageKey());
			}
		});
	}

	private Evidence add(OitDisclosure disclosure, Function<List<Evidence>, Evidence> create) {
		Evidence[] added = new Evidence[1];
		change(disclosure, list -> {
			added[0] = this.evidence.save(create.apply(list));
			list.add(added[0]);
		});
		return added[0];
	}

	/** Applies a change to the disclosure's evidence list and records it, before and after. */
	private void change(OitDisclosure disclosure, Consumer<List<Evidence>> change) {
		List<Evidence> list = new ArrayList<>(this.evidence.findByDisclosure(disclosure));
		String before = EvidenceText.of(list);
		change.accept(list);
		String after = EvidenceText.of(list);
		if (before.equals(after)) {
			return;
		}
		disclosure.evidenceChanged(this.clock.instant());
		this.history.record(disclosure.getReport(), EntityKind.DISCLOSURE, disclosure.getId(), label(disclosure),
				RevisionAction.UPDATE, Map.of("evidence", before), Map.of("evidence", after));
	}

	private static String label(OitDisclosure disclosure) {
		return disclosure.getItem().getDisplayCode() + " " + disclosure.getItem().getTitle();
	}

	static Evidence find(EvidenceRepository evidence, OitDisclosure disclosure, long id) {
		return evidence.findById(id)
			.filter(e -> e.getDisclosure().getId().equals(disclosure.getId()))
			.orElseThrow(() -> new NotFoundException("evidence " + id));
	}

	private static int nextPosition(List<Evidence> list) {
		return list.stream().mapToInt(Evidence::getPosition).max().orElse(0) + 1;
	}

	private static String user() {
		return CurrentStaff.get().getUsername();
	}

}
