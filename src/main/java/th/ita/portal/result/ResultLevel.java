package th.ita.portal.result;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import th.ita.portal.framework.AssessmentTool;

/**
 * One level of a framework's result rule, e.g. "ผ่าน" from 85: reached when the overall score is
 * at least {@code minTotal} and each tool named in {@code minPerTool} scored at least its minimum.
 */
public record ResultLevel(String name, BigDecimal minTotal, Map<AssessmentTool, BigDecimal> minPerTool) {

	public ResultLevel {
		minPerTool = minPerTool.isEmpty() ? Map.of() : new EnumMap<>(minPerTool);
	}

	public BigDecimal minOf(AssessmentTool tool) {
		return this.minPerTool.get(tool);
	}

	/** The minimum for a tool named IIT, EIT or OIT, for the pages; null when the level sets none. */
	public BigDecimal min(String tool) {
		return this.minPerTool.get(AssessmentTool.valueOf(tool));
	}

}
