package th.ita.portal.measure;

import java.util.LinkedHashMap;
import java.util.Map;

/** A measure's fields as the history keeps them, in display order. */
final class MeasureSnapshot {

	private MeasureSnapshot() {
	}

	static Map<String, String> of(Measure measure) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("position", Integer.toString(measure.getPosition()));
		fields.put("name", measure.getName());
		fields.put("method", measure.getMethod());
		fields.put("period", measure.getPeriod());
		fields.put("unit", measure.getUnit() == null ? "" : measure.getUnit().getName());
		fields.put("responsible", measure.getResponsible());
		fields.put("summary", measure.getSummary());
		fields.put("outcome", measure.getOutcome());
		fields.put("status", measure.getStatus().name());
		return fields;
	}

}
