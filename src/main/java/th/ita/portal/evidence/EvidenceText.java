package th.ita.portal.evidence;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import th.ita.portal.common.BuddhistDateText;
import th.ita.portal.oit.OitDisclosure;

/** Evidence as the history keeps it: one line each, in order. */
final class EvidenceText {

	private EvidenceText() {
	}

	static String of(List<Evidence> evidence) {
		return evidence.stream().map(Evidence::describe).collect(Collectors.joining("\n"));
	}

	/**
	 * The dates and ties of a piece of evidence for its history line, e.g.
	 * {@code  · ลงวันที่ 5/4/2566 · ช่วง 1/10/2565–31/3/2566 · องค์ประกอบ 1, 4}; empty when it has none,
	 * so the lines of evidence without them read as before. Ties are named by the components' numbers.
	 */
	static String details(EvidenceDates dates, Set<Long> components, OitDisclosure disclosure) {
		StringBuilder text = new StringBuilder();
		if (dates.documentDate() != null) {
			text.append(" · ลงวันที่ ").append(BuddhistDateText.format(dates.documentDate()));
		}
		if (dates.periodFrom() != null || dates.periodTo() != null) {
			text.append(" · ช่วง ").append(BuddhistDateText.format(dates.periodFrom())).append('–')
				.append(BuddhistDateText.format(dates.periodTo()));
		}
		if (!components.isEmpty()) {
			text.append(" · องค์ประกอบ ").append(disclosure.getItem().getComponents().stream()
				.filter(c -> components.contains(c.getId()))
				.map(c -> String.valueOf(c.getPosition()))
				.collect(Collectors.joining(", ")));
		}
		return text.toString();
	}

}
