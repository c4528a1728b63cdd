package th.ita.portal.framework;

import java.util.List;

import th.ita.portal.framework.FrameworkRowParser.Indicator;

import static th.ita.portal.framework.FrameworkColumns.*;

/** The indicator of a row (number, name, tool), checked; and the single row of an IIT or EIT indicator. */
final class IndicatorRows {

	private IndicatorRows() {
	}

	static Indicator indicator(FrameworkRowParser parser, int n, List<String> c) {
		Integer number = null;
		try {
			number = Integer.valueOf(c.get(INDICATOR));
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		if (number == null || number < 1 || number > 99) {
			parser.problem(n, HEADER.get(INDICATOR), "bad-indicator", c.get(INDICATOR));
		}
		AssessmentTool tool = tool(c.get(TOOL));
		if (tool == null) {
			parser.problem(n, HEADER.get(TOOL), "unknown-tool", c.get(TOOL));
		}
		if (c.get(INDICATOR_NAME).isEmpty()) {
			parser.problem(n, HEADER.get(INDICATOR_NAME), "missing-indicator-name");
		}
		if (number == null || number < 1 || number > 99 || tool == null || c.get(INDICATOR_NAME).isEmpty()) {
			return null;
		}
		Indicator indicator = parser.indicators().get(number);
		if (indicator == null) {
			indicator = new Indicator(number, c.get(INDICATOR_NAME), tool, n);
			parser.indicators().put(number, indicator);
		}
		else if (indicator != parser.lastIndicator()) {
			parser.problem(n, HEADER.get(INDICATOR), indicator.tool() == AssessmentTool.OIT ? "indicator-not-together"
					: "duplicate-indicator", number, indicator.row());
			return null;
		}
		else if (!indicator.name().equals(c.get(INDICATOR_NAME))) {
			parser.problem(n, HEADER.get(INDICATOR_NAME), "indicator-name-differs", indicator.row());
			return null;
		}
		else if (indicator.tool() != tool) {
			parser.problem(n, HEADER.get(TOOL), "indicator-tool-differs", indicator.row());
			return null;
		}
		else if (tool != AssessmentTool.OIT) {
			parser.problem(n, HEADER.get(INDICATOR), "duplicate-indicator", number, indicator.row());
			return null;
		}
		parser.lastIndicator(indicator);
		return indicator;
	}

	private static AssessmentTool tool(String text) {
		for (AssessmentTool tool : AssessmentTool.values()) {
			if (tool.name().equalsIgnoreCase(text)) {
				return tool;
			}
		}
		return null;
	}

	/** An IIT or EIT indicator is one row, with nothing after the tool. */
	static void surveyRow(FrameworkRowParser parser, int n, List<String> c, Indicator indicator) {
		if (!c.get(ITEM).isEmpty() || !c.get(ITEM_TITLE).isEmpty() || !c.get(COMPONENT).isEmpty()) {
			parser.problem(n, HEADER.get(ITEM), "item-under-survey", indicator.tool().name());
		}
		for (int i = SUBINDICATOR; i <= DEPTH; i++) {
			if (i != ITEM && i != ITEM_TITLE && i != COMPONENT && !c.get(i).isEmpty()) {
				parser.problem(n, HEADER.get(i), "survey-cell", indicator.tool().name());
			}
		}
	}

}
