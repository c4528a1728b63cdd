package th.ita.portal.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import th.ita.portal.framework.AssessmentTool;

/**
 * A framework's result rule: its levels, best first, and the version of the rule (for stale edits).
 * The first level whose every minimum the scores meet is the one suggested; a tool minimum with
 * no score entered for that tool is not met.
 */
public record ResultRule(List<ResultLevel> levels, long version) {

	public static final ResultRule NONE = new ResultRule(List.of(), -1);

	public boolean exists() {
		return this.version >= 0;
	}

	public Suggestion suggest(BigDecimal overall, Map<AssessmentTool, BigDecimal> tools) {
		List<Shortfall> missed = new ArrayList<>();
		if (overall == null || this.levels.isEmpty()) {
			return new Suggestion(null, missed, !this.levels.isEmpty());
		}
		for (ResultLevel level : this.levels) {
			List<Shortfall> short_ = shortfalls(level, overall, tools);
			if (short_.isEmpty()) {
				return new Suggestion(level.name(), missed, true);
			}
			missed.addAll(short_);
		}
		return new Suggestion(null, missed, true);
	}

	private static List<Shortfall> shortfalls(ResultLevel level, BigDecimal overall, Map<AssessmentTool, BigDecimal> tools) {
		List<Shortfall> found = new ArrayList<>();
		if (overall.compareTo(level.minTotal()) < 0) {
			found.add(new Shortfall(level.name(), null, level.minTotal(), overall));
		}
		for (AssessmentTool tool : AssessmentTool.values()) {
			BigDecimal min = level.minOf(tool);
			BigDecimal got = tools.get(tool);
			if (min != null && (got == null || got.compareTo(min) < 0)) {
				found.add(new Shortfall(level.name(), tool.name(), min, got));
			}
		}
		return found;
	}

}
