package th.ita.portal.evidence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import th.ita.portal.common.NotFoundException;
import th.ita.portal.history.EntityKind;
import th.ita.portal.history.History;
import th.ita.portal.history.RevisionAction;
import th.ita.portal.oit.OitDisclosure;
import th.ita.portal.user.CurrentStaff;

/**
 * A disclosure's draft evidence as one ordered list: every change to it marks the disclosure as
 * changed and leaves a revision with the list before and after, in the caller's transaction.
 */
@Component
class EvidenceList {

	private final EvidenceRepository evidence;

	private final History history;

	private final Clock clock;

	EvidenceList(EvidenceRepository evidence, History history, Clock clock) {
		this.evidence = evidence;
		this.history = history;
		this.clock = clock;
	}

	/** One piece of the disclosure's evidence, or a 404. */
	Evidence find(OitDisclosure disclosure, long id) {
		return this.evidence.findById(id)
			.filter(e -> e.getDisclosure().getId().equals(disclosure.getId()))
			.orElseThrow(() -> new NotFoundException("evidence " + id));
	}

	/** Adds what {@code create} makes at the end of the list (see {@link #nextPosition}). */
	Evidence add(OitDisclosure disclosure, Function<List<Evidence>, Evidence> create) {
		Evidence[] added = new Evidence[1];
		change(disclosure, list -> {
			added[0] = this.evidence.save(create.apply(list));
			list.add(added[0]);
		});
		return added[0];
	}

	/** Applies a change to the disclosure's evidence list and records it, before and after. */
	void change(OitDisclosure disclosure, Consumer<List<Evidence>> change) {
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

	/** Keeps a refused change of one piece of evidence in the history: what it is, what was tried. */
	void refused(OitDisclosure disclosure, String was, String tried) {
		this.history.record(disclosure.getReport(), EntityKind.DISCLOSURE, disclosure.getId(), label(disclosure),
				RevisionAction.CONFLICT, Map.of("evidence", was), Map.of("evidence", tried));
	}

	static int nextPosition(List<Evidence> list) {
		return list.stream().mapToInt(Evidence::getPosition).max().orElse(0) + 1;
	}

	static String user() {
		return CurrentStaff.get().getUsername();
	}

	private static String label(OitDisclosure disclosure) {
		return disclosure.getItem().getDisplayCode() + " " + disclosure.getItem().getTitle();
	}

}
