package th.ita.portal.history;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Highlights what changed between two texts, word by word. Thai has no spaces between words, so
 * words are found with the Thai word break iterator.
 */
public final class WordDiff {

	private static final Locale THAI = Locale.forLanguageTag("th");

	/** Beyond this many word pairs the texts are shown as one removal and one addition. */
	private static final long MAX_CELLS = 4_000_000L;

	private WordDiff() {
	}

	public enum Kind {

		SAME, REMOVED, ADDED

	}

	public record Segment(Kind kind, String text) {
	}

	public static List<Segment> of(String before, String after) {
		List<String> a = words(before == null ? "" : before);
		List<String> b = words(after == null ? "" : after);
		if ((long) a.size() * b.size() > MAX_CELLS) {
			return List.of(new Segment(Kind.REMOVED, String.join("", a)), new Segment(Kind.ADDED, String.join("", b)));
		}
		int[][] lcs = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<Segment> segments = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() || j < b.size()) {
			if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
				add(segments, Kind.SAME, a.get(i++));
				j++;
			}
			else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
				add(segments, Kind.ADDED, b.get(j++));
			}
			else {
				add(segments, Kind.REMOVED, a.get(i++));
			}
		}
		return segments;
	}

	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		BreakIterator iterator = BreakIterator.getWordInstance(THAI);
		iterator.setText(text);
		int start = iterator.first();
		for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
			words.add(text.substring(start, end));
		}
		return words;
	}

	private static void add(List<Segment> segments, Kind kind, String word) {
		int last = segments.size() - 1;
		if (last >= 0 && segments.get(last).kind() == kind) {
			segments.set(last, new Segment(kind, segments.get(last).text() + word));
		}
		else {
			segments.add(new Segment(kind, word));
		}
	}

}
