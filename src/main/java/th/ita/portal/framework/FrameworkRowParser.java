package th.ita.portal.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import th.ita.portal.framework.FrameworkTree.ComponentNode;
import th.ita.portal.framework.FrameworkTree.IndicatorNode;
import th.ita.portal.framework.FrameworkTree.ItemNode;
import th.ita.portal.framework.FrameworkTree.SubindicatorNode;

import static th.ita.portal.framework.FrameworkColumns.*;

/**
 * Turns the rows of a framework file into a {@link FrameworkTree}, noting every problem of every
 * row on the way; the tree is only used when there is none. See docs/frameworks.md for the rules.
 */
final class FrameworkRowParser {

	static final Pattern SUBINDICATOR_CODE = Pattern.compile("\\d{1,2}\\.\\d{1,2}");

	static final Pattern ITEM_CODE = Pattern.compile("[oO][1-9]\\d{0,2}");

	private static final int[] LIMITS = { 2, 300, 3, 10, 300, 300, 10, 500, 4000, 1 };

	private final List<ImportProblem> problems;

	private final Map<Integer, Indicator> indicators = new LinkedHashMap<>();

	private final Set<String> subCodes = new HashSet<>();

	private final Set<String> itemCodes = new HashSet<>();

	private Indicator lastIndicator;

	private Sub lastSub;

	private Item lastItem;

	private FrameworkRowParser(List<ImportProblem> problems) {
		this.problems = problems;
	}

	static FrameworkTree parse(List<FileRow> rows, List<ImportProblem> problems) {
		List<FileRow> filled = rows.stream().filter(r -> !r.blank()).toList();
		if (filled.isEmpty()) {
			problems.add(ImportProblem.ofFile("empty"));
			return null;
		}
		FileRow header = filled.get(0);
		if (!header.cells().stream().map(String::strip).toList().equals(HEADER)) {
			problems.add(ImportProblem.of(header.number(), "", "wrong-header", String.join(",", HEADER)));
			return null;
		}
		if (filled.size() == 1) {
			problems.add(ImportProblem.ofFile("no-rows"));
			return null;
		}
		FrameworkRowParser parser = new FrameworkRowParser(problems);
		filled.subList(1, filled.size()).forEach(parser::row);
		return parser.tree();
	}

	private void row(FileRow row) {
		int n = row.number();
		if (row.cells().size() != HEADER.size()) {
			problem(n, "", "cell-count", HEADER.size(), row.cells().size());
			return;
		}
		List<String> c = row.cells().stream().map(String::strip).toList();
		int before = this.problems.size();
		for (int i = 0; i < c.size(); i++) {
			if (c.get(i).chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r')) {
				problem(n, HEADER.get(i), "control-character");
			}
			else if (c.get(i).length() > LIMITS[i] && i != INDICATOR && i != DEPTH && i != TOOL) {
				problem(n, HEADER.get(i), "too-long", LIMITS[i]);
			}
		}
		if (this.problems.size() > before) {
			return;
		}
		Indicator indicator = IndicatorRows.indicator(this, n, c);
		if (indicator == null) {
			return;
		}
		if (indicator.tool != AssessmentTool.OIT) {
			IndicatorRows.surveyRow(this, n, c, indicator);
		}
		else {
			oitRow(n, c, indicator);
		}
	}

	private void oitRow(int n, List<String> c, Indicator indicator) {
		Sub sub = OitRows.sub(this, n, c, indicator);
		Item item = (sub == null) ? null : OitRows.item(this, n, c, sub);
		if (item != null) {
			OitRows.component(this, n, c, item);
		}
	}

	void problem(int row, String column, String reason, Object... args) {
		this.problems.add(ImportProblem.of(row, column, reason, args));
	}

	private FrameworkTree tree() {
		List<IndicatorNode> list = new ArrayList<>();
		for (Indicator indicator : this.indicators.values()) {
			List<SubindicatorNode> subs = indicator.subs.values().stream()
				.map(s -> new SubindicatorNode(s.code, s.name, s.items.values().stream()
					.map(i -> new ItemNode(i.code, i.title, i.topic, List.copyOf(i.components)))
					.toList()))
				.toList();
			list.add(new IndicatorNode(indicator.number, indicator.name, indicator.tool, subs));
		}
		return new FrameworkTree(List.copyOf(list));
	}

	Map<Integer, Indicator> indicators() {
		return this.indicators;
	}

	Indicator lastIndicator() {
		return this.lastIndicator;
	}

	void lastIndicator(Indicator indicator) {
		this.lastIndicator = indicator;
	}

	Sub lastSub() {
		return this.lastSub;
	}

	void lastSub(Sub sub) {
		this.lastSub = sub;
	}

	Item lastItem() {
		return this.lastItem;
	}

	void lastItem(Item item) {
		this.lastItem = item;
	}

	/** Whether this code (of a sub-indicator) is new to the file, and remembers it. */
	boolean firstSub(String code) {
		return this.subCodes.add(code);
	}

	/** Whether this item code is new to the file whatever its case, and remembers it. */
	boolean firstItem(String code) {
		return this.itemCodes.add(code.toLowerCase(Locale.ROOT));
	}

	record Indicator(int number, String name, AssessmentTool tool, int row, Map<String, Sub> subs) {
		Indicator(int number, String name, AssessmentTool tool, int row) {
			this(number, name, tool, row, new LinkedHashMap<>());
		}
	}

	record Sub(String code, String name, int row, Map<String, Item> items) {
		Sub(String code, String name, int row) {
			this(code, name, row, new LinkedHashMap<>());
		}
	}

	record Item(String code, String title, String topic, int row, List<ComponentNode> components, boolean[] empty) {
		Item(String code, String title, String topic, int row) {
			this(code, title, topic, row, new ArrayList<>(), new boolean[1]);
		}
	}

}
