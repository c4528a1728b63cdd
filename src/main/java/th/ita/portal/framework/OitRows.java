package th.ita.portal.framework;

import java.util.List;

import th.ita.portal.framework.FrameworkRowParser.Indicator;
import th.ita.portal.framework.FrameworkRowParser.Item;
import th.ita.portal.framework.FrameworkRowParser.Sub;
import th.ita.portal.framework.FrameworkTree.ComponentNode;

import static th.ita.portal.framework.FrameworkColumns.*;

/** The rows of an OIT indicator: its sub-indicator, item and data component, checked. */
final class OitRows {

	private OitRows() {
	}

	static Sub sub(FrameworkRowParser parser, int n, List<String> c, Indicator indicator) {
		String code = c.get(SUBINDICATOR);
		String name = c.get(SUBINDICATOR_NAME);
		if (code.isEmpty()) {
			parser.problem(n, HEADER.get(SUBINDICATOR), "missing-subindicator");
			return null;
		}
		if (!FrameworkRowParser.SUBINDICATOR_CODE.matcher(code).matches()) {
			parser.problem(n, HEADER.get(SUBINDICATOR), "bad-subindicator", code);
			return null;
		}
		if (!code.startsWith(indicator.number() + ".")) {
			parser.problem(n, HEADER.get(SUBINDICATOR), "subindicator-indicator", code, indicator.number());
			return null;
		}
		if (name.isEmpty()) {
			parser.problem(n, HEADER.get(SUBINDICATOR_NAME), "missing-subindicator-name");
			return null;
		}
		Sub sub = indicator.subs().get(code);
		if (sub == null) {
			parser.firstSub(code);
			sub = new Sub(code, name, n);
			indicator.subs().put(code, sub);
		}
		else if (sub != parser.lastSub()) {
			parser.problem(n, HEADER.get(SUBINDICATOR), "subindicator-not-together", code, sub.row());
			return null;
		}
		else if (!sub.name().equals(name)) {
			parser.problem(n, HEADER.get(SUBINDICATOR_NAME), "subindicator-name-differs", sub.row());
			return null;
		}
		parser.lastSub(sub);
		return sub;
	}

	static Item item(FrameworkRowParser parser, int n, List<String> c, Sub sub) {
		String code = c.get(ITEM);
		String title = c.get(ITEM_TITLE);
		if (code.isEmpty()) {
			parser.problem(n, HEADER.get(ITEM), "missing-item");
			return null;
		}
		if (!FrameworkRowParser.ITEM_CODE.matcher(code).matches()) {
			parser.problem(n, HEADER.get(ITEM), "bad-item-code", code);
			return null;
		}
		if (title.isEmpty()) {
			parser.problem(n, HEADER.get(ITEM_TITLE), "missing-title");
			return null;
		}
		Item last = parser.lastItem();
		if (last != null && last.code().equals(code) && sub.items().get(code) == last) {
			if (!last.title().equals(title)) {
				parser.problem(n, HEADER.get(ITEM_TITLE), "title-differs", last.row());
				return null;
			}
			if (!last.topic().equals(c.get(TOPIC))) {
				parser.problem(n, HEADER.get(TOPIC), "topic-differs", last.row());
				return null;
			}
			return last;
		}
		if (!parser.firstItem(code)) {
			parser.problem(n, HEADER.get(ITEM), "duplicate-item", code);
			return null;
		}
		Item item = new Item(code, title, c.get(TOPIC), n);
		sub.items().put(code, item);
		parser.lastItem(item);
		return item;
	}

	static void component(FrameworkRowParser parser, int n, List<String> c, Item item) {
		String text = c.get(COMPONENT);
		String depth = c.get(DEPTH);
		boolean first = item.row() == n;
		if (text.isEmpty()) {
			if (!depth.isEmpty() && !depth.equals("0")) {
				parser.problem(n, HEADER.get(DEPTH), "bad-depth", depth);
			}
			else if (!first) {
				parser.problem(n, HEADER.get(COMPONENT), "missing-component", item.code());
			}
			item.empty()[0] = true;
			return;
		}
		if (item.empty()[0]) {
			parser.problem(n, HEADER.get(COMPONENT), "missing-component", item.code());
			return;
		}
		if (!depth.equals("0") && !depth.equals("1")) {
			parser.problem(n, HEADER.get(DEPTH), "bad-depth", depth);
			return;
		}
		item.components().add(new ComponentNode(text, Integer.parseInt(depth)));
	}

}
