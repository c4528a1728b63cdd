package th.ita.portal.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import th.ita.portal.framework.AssessmentTool;

/**
 * A result rule as the admin types it: one level per line, best first, as
 * {@code level,min_total,min_iit,min_eit,min_oit} (the tool minimums may be left empty or out).
 * A first line that is exactly the header is skipped. Every bad line is reported with its number.
 */
final class RuleText {

	static final String HEADER = "level,min_total,min_iit,min_eit,min_oit";

	static final int MAX_LEVELS = 20;

	/** A problem of one line: its number (1 = the first line) and a message key. */
	record Problem(int line, String key) {
	}

	record Parsed(List<ResultLevel> levels, List<Problem> problems) {
	}

	private RuleText() {
	}

	static String write(ResultRule rule) {
		StringBuilder out = new StringBuilder(HEADER).append('\n');
		for (ResultLevel level : rule.levels()) {
			out.append(level.name()).append(',').append(Scores.text(level.minTotal()));
			for (AssessmentTool tool : AssessmentTool.values()) {
				out.append(',').append(Scores.text(level.minOf(tool)));
			}
			out.append('\n');
		}
		return out.toString();
	}

	static Parsed read(String text) {
		List<ResultLevel> levels = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		Set<String> names = new HashSet<>();
		String[] lines = (text == null) ? new String[0] : text.split("\\r?\\n|\\r", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || (i == 0 && line.replace(" ", "").toLowerCase(Locale.ROOT).equals(HEADER))) {
				continue;
			}
			String[] cells = line.split(",", -1);
			int number = i + 1;
			if (cells.length < 2 || cells.length > 5) {
				problems.add(new Problem(number, "result.rule.problem.cells"));
				continue;
			}
			String name = cells[0].strip();
			if (name.isEmpty() || name.length() > ResultValues.MAX_RESULT) {
				problems.add(new Problem(number, "result.rule.problem.name"));
				continue;
			}
			if (!names.add(name)) {
				problems.add(new Problem(number, "result.rule.problem.duplicate"));
				continue;
			}
			try {
				BigDecimal total = Scores.parse(cells[1]);
				if (total == null) {
					problems.add(new Problem(number, "result.rule.problem.total"));
					continue;
				}
				Map<AssessmentTool, BigDecimal> min = new EnumMap<>(AssessmentTool.class);
				for (int t = 0; t < 3 && t + 2 < cells.length; t++) {
					BigDecimal value = Scores.parse(cells[t + 2]);
					if (value != null) {
						min.put(AssessmentTool.values()[t], value);
					}
				}
				levels.add(new ResultLevel(name, total, min));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new Problem(number, "result.rule.problem.score"));
			}
		}
		if (levels.size() > MAX_LEVELS) {
			problems.add(new Problem(0, "result.rule.problem.too-many"));
		}
		return new Parsed(levels, problems);
	}

}
