package th.ita.portal.oit;

import java.util.LinkedHashMap;
import java.util.Map;

import th.ita.portal.unit.Unit;

/** A disclosure's fields as the history keeps them, in display order. */
final class DisclosureSnapshot {

	private DisclosureSnapshot() {
	}

	static Map<String, String> of(OitDisclosure disclosure) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("units", String.join(", ", disclosure.getUnits().stream().map(Unit::getName).toList()));
		fields.put("status", disclosure.getStatus().name());
		fields.put("progress", disclosure.getProgress());
		return fields;
	}

	static String label(OitDisclosure disclosure) {
		return disclosure.getItem().getDisplayCode() + " " + disclosure.getItem().getTitle();
	}

}
