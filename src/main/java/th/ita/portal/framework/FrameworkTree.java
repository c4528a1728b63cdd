package th.ita.portal.framework;

import java.util.List;

/**
 * The structure of one framework as plain values, the same whether it was read from a file or
 * from the database: indicators, and for OIT indicators their sub-indicators, items (each with its
 * topic heading, empty when none) and data components. Comparing two trees compares structures.
 */
public record FrameworkTree(List<IndicatorNode> indicators) {

	public int itemCount() {
		return this.indicators.stream().mapToInt(i -> i.subindicators().stream().mapToInt(s -> s.items().size()).sum())
			.sum();
	}

	public int subindicatorCount() {
		return this.indicators.stream().mapToInt(i -> i.subindicators().size()).sum();
	}

	public int componentCount() {
		return this.indicators.stream()
			.flatMap(i -> i.subindicators().stream())
			.flatMap(s -> s.items().stream())
			.mapToInt(item -> item.components().size())
			.sum();
	}

	/** An indicator; only an OIT indicator has sub-indicators. */
	public record IndicatorNode(int number, String name, AssessmentTool tool, List<SubindicatorNode> subindicators) {
	}

	/** A sub-indicator such as 9.1, its items in order. */
	public record SubindicatorNode(String code, String name, List<ItemNode> items) {
	}

	/** An item as the framework writes its code (o1 or O1); topic is empty when it has no heading. */
	public record ItemNode(String code, String title, String topic, List<ComponentNode> components) {

		/** The item's number: the digits of its code. */
		public int number() {
			return Integer.parseInt(this.code.substring(1));
		}

	}

	/** A required data component; depth 1 is a sub-entry of the one before. */
	public record ComponentNode(String text, int depth) {
	}

}
