package th.ita.portal.framework;

import java.util.ArrayList;
import java.util.List;

import th.ita.portal.framework.FrameworkTree.ComponentNode;
import th.ita.portal.framework.FrameworkTree.IndicatorNode;
import th.ita.portal.framework.FrameworkTree.ItemNode;
import th.ita.portal.framework.FrameworkTree.SubindicatorNode;

/**
 * The columns of a framework file (CSV or XLSX), and a tree written as its rows: one row per IIT
 * or EIT indicator, one per data component of an OIT item (one with an empty component when the
 * item has none).
 */
final class FrameworkColumns {

	static final List<String> HEADER = List.of("indicator", "indicator_name", "tool", "subindicator",
			"subindicator_name", "topic", "item", "item_title", "component", "depth");

	static final int INDICATOR = 0;

	static final int INDICATOR_NAME = 1;

	static final int TOOL = 2;

	static final int SUBINDICATOR = 3;

	static final int SUBINDICATOR_NAME = 4;

	static final int TOPIC = 5;

	static final int ITEM = 6;

	static final int ITEM_TITLE = 7;

	static final int COMPONENT = 8;

	static final int DEPTH = 9;

	private FrameworkColumns() {
	}

	static List<List<String>> rows(FrameworkTree tree) {
		List<List<String>> rows = new ArrayList<>();
		for (IndicatorNode indicator : tree.indicators()) {
			String number = String.valueOf(indicator.number());
			if (indicator.subindicators().isEmpty()) {
				rows.add(List.of(number, indicator.name(), indicator.tool().name(), "", "", "", "", "", "", ""));
			}
			for (SubindicatorNode sub : indicator.subindicators()) {
				for (ItemNode item : sub.items()) {
					List<ComponentNode> components = item.components().isEmpty() ? List.of(new ComponentNode("", 0))
							: item.components();
					for (ComponentNode component : components) {
						rows.add(List.of(number, indicator.name(), indicator.tool().name(), sub.code(), sub.name(),
								item.topic(), item.code(), item.title(), component.text(),
								String.valueOf(component.depth())));
					}
				}
			}
		}
		return rows;
	}

}
