package th.ita.portal.user;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import th.ita.portal.unit.Unit;

/** Unit names by id, for showing the units of accounts. */
public record UnitNames(Map<Long, String> names) {

	static UnitNames of(Collection<Unit> units) {
		return new UnitNames(units.stream().collect(Collectors.toMap(Unit::getId, Unit::getName)));
	}

	public String join(Collection<Long> unitIds) {
		return unitIds.stream().map(id -> this.names.getOrDefault(id, "#" + id)).sorted().collect(Collectors.joining(", "));
	}

}
