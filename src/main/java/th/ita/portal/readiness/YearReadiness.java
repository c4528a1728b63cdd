package th.ita.portal.readiness;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.ita.portal.report.Report;
import th.ita.portal.unit.Unit;

/** A year's items judged, in the framework's order, with the shares per sub-indicator and overall. */
public record YearReadiness(Report report, List<ItemReadiness> items) {

	public List<SubindicatorReadiness> bySubindicator() {
		Map<String, SubindicatorReadiness> groups = new LinkedHashMap<>();
		for (ItemReadiness item : this.items) {
			var s = item.disclosure().getItem().getSubindicator();
			groups.merge(s.getCode(), new SubindicatorReadiness(s.getCode(), s.getName(), 0, 0, 0, 0).add(item.state()),
					(a, b) -> a.add(item.state()));
		}
		return List.copyOf(groups.values());
	}

	public SubindicatorReadiness overall() {
		SubindicatorReadiness all = new SubindicatorReadiness(null, null, 0, 0, 0, 0);
		for (ItemReadiness item : this.items) {
			all = all.add(item.state());
		}
		return all;
	}

	/** The codes of the items that are not ready (needing attention counts as not ready here). */
	public Set<String> notReadyCodes() {
		return this.items.stream().filter(i -> !i.ready()).map(ItemReadiness::code)
			.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	/**
	 * The items of one unit (null: all), worst first, then in the framework's order; the items of
	 * {@code ownUnits} (an editor's) before the others.
	 */
	public List<ItemReadiness> worstFirst(Long unitId, Set<Long> ownUnits) {
		Comparator<ItemReadiness> order = Comparator
			.comparing((ItemReadiness i) -> responsible(i, ownUnits) ? 0 : 1)
			.thenComparing(i -> -i.state().ordinal())
			.thenComparing(i -> i.disclosure().getItem().getNumber());
		return this.items.stream()
			.filter(i -> unitId == null || i.disclosure().getUnits().stream().anyMatch(u -> u.getId().equals(unitId)))
			.sorted(order)
			.toList();
	}

	/** The units responsible for any item, in the order first met. */
	public List<Unit> units() {
		Map<Long, Unit> units = new LinkedHashMap<>();
		this.items.forEach(i -> i.disclosure().getUnits().forEach(u -> units.putIfAbsent(u.getId(), u)));
		return List.copyOf(units.values());
	}

	static boolean responsible(ItemReadiness item, Set<Long> units) {
		return item.disclosure().getUnits().stream().anyMatch(u -> units.contains(u.getId()));
	}

}
