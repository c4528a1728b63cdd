package th.ita.portal.evidence;

import java.util.List;
import java.util.stream.Collectors;

/** Evidence as the history keeps it: one line each, in order. */
final class EvidenceText {

	private EvidenceText() {
	}

	static String of(List<Evidence> evidence) {
		return evidence.stream().map(Evidence::describe).collect(Collectors.joining("\n"));
	}

}
