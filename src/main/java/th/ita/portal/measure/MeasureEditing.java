package th.ita.portal.measure;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.common.ConflictRow;
import th.ita.portal.common.NotFoundException;
import th.ita.portal.common.RetriedOnLostRace;
import th.ita.portal.common.RichText;
import th.ita.portal.common.StaleVersionException;
import th.ita.portal.history.EntityKind;
import th.ita.portal.history.History;
import th.ita.portal.history.RevisionAction;
import th.ita.portal.report.Report;
import th.ita.portal.unit.Unit;
import th.ita.portal.unit.UnitRepository;
import th.ita.portal.user.CurrentStaff;

/** Creating, editing, reordering and deleting measures, each with a revision. */
@RetriedOnLostRace
@Service
@Transactional
public class MeasureEditing {

	private final MeasureRepository measures;

	private final UnitRepository units;

	private final History history;

	private final Clock clock;

	private final CurrentAgency agency;

	MeasureEditing(MeasureRepository measures, UnitRepository units, History history, Clock clock, CurrentAgency agency) {
		this.measures = measures;
		this.units = units;
		this.history = history;
		this.clock = clock;
		this.agency = agency;
	}

	/** A measure of the year, with its report, that the signed-in user may read. */
	@Transactional(readOnly = true)
	public Measure readable(int year, Long id) {
		return Optional.of(readableEvenDeleted(year, id))
			.filter(m -> !m.isDeleted())
			.orElseThrow(() -> new NotFoundException("measure " + id));
	}

	/** As {@link #readable}, and also a measure someone deleted, e.g. to show a refused save again. */
	@Transactional(readOnly = true)
	public Measure readableEvenDeleted(int year, Long id) {
		CurrentStaff.get();
		return this.measures.findOfYear(this.agency.id(), year, id).orElseThrow(() -> new NotFoundException("measure " + id));
	}

	public Measure create(Report report, MeasureForm form) {
		Unit unit = unitFor(report, form.getUnitId());
		Measure measure = new Measure(report, this.measures.lastPosition(report) + 1);
		apply(measure, unit, form);
		this.measures.save(measure);
		this.history.record(report, EntityKind.MEASURE, measure.getId(), measure.getName(), RevisionAction.CREATE,
				Map.of(), MeasureSnapshot.of(measure));
		return measure;
	}

	@Transactional(noRollbackFor = StaleVersionException.class)
	public void update(int year, Long id, MeasureForm form) {
		// A measure deleted since the form was opened is refused like a changed one, not a 404,
		// so that the typed text is kept.
		Measure measure = readableEvenDeleted(year, id);
		CurrentStaff.requireEdit(measure.getUnit() == null ? List.of() : List.of(measure.getUnit().getId()));
		Map<String, String> before = MeasureSnapshot.of(measure);
		Unit unit = unitFor(measure.getReport(), form.getUnitId());
		if (measure.isDeleted() || form.getVersion() != measure.getVersion()) {
			this.history.record(measure.getReport(), EntityKind.MEASURE, id, measure.getName(), RevisionAction.CONFLICT,
					before, attempt(measure, unit, form));
			throw new StaleVersionException("measure " + id, conflict(measure, form), measure.getVersion(),
					measure.isDeleted());
		}
		apply(measure, unit, form);
		this.history.record(measure.getReport(), EntityKind.MEASURE, id, measure.getName(), RevisionAction.UPDATE,
				before, MeasureSnapshot.of(measure));
	}

	public void delete(int year, Long id, long version) {
		Measure measure = editable(year, id);
		if (version != measure.getVersion()) {
			throw new StaleVersionException("measure " + id);
		}
		Map<String, String> before = MeasureSnapshot.of(measure);
		measure.delete(this.clock.instant());
		this.history.record(measure.getReport(), EntityKind.MEASURE, id, measure.getName(), RevisionAction.DELETE,
				before, Map.of());
	}

	/**
	 * Swaps a measure with its neighbour above ({@code up}) or below. Both must be the user's to
	 * edit: moving one's own measure never changes another unit's.
	 */
	public void move(int year, Long id, boolean up) {
		Measure measure = editable(year, id);
		List<Measure> all = this.measures.findByReport(measure.getReport());
		int index = all.indexOf(measure);
		int other = up ? index - 1 : index + 1;
		if (index < 0 || other < 0 || other >= all.size()) {
			return;
		}
		Measure neighbour = all.get(other);
		CurrentStaff.requireEdit(neighbour.getUnit() == null ? List.of() : List.of(neighbour.getUnit().getId()));
		int position = measure.getPosition();
		int otherPosition = (neighbour.getPosition() != position) ? neighbour.getPosition() : position + (up ? -1 : 1);
		renumber(measure, otherPosition);
		renumber(neighbour, position);
	}

	/** The saved values beside the user's refused attempt, for the conflict page. */
	private static List<ConflictRow> conflict(Measure current, MeasureForm form) {
		return List.of(new ConflictRow("measure.name", current.getName(), form.getName(), false),
				new ConflictRow("measure.method", current.getMethod(), form.getMethod(), true),
				new ConflictRow("measure.period", current.getPeriod(), form.getPeriod(), false),
				new ConflictRow("measure.responsible", current.getResponsible(), form.getResponsible(), false),
				new ConflictRow("measure.summary", current.getSummary(), form.getSummary(), true),
				new ConflictRow("measure.outcome", current.getOutcome(), form.getOutcome(), true));
	}

	private void renumber(Measure measure, int position) {
		if (measure.getPosition() != position) {
			Map<String, String> before = MeasureSnapshot.of(measure);
			measure.moveTo(position);
			this.history.record(measure.getReport(), EntityKind.MEASURE, measure.getId(), measure.getName(),
					RevisionAction.UPDATE, before, MeasureSnapshot.of(measure));
		}
	}

	private Measure editable(int year, Long id) {
		Measure measure = readable(year, id);
		CurrentStaff.requireEdit(measure.getUnit() == null ? List.of() : List.of(measure.getUnit().getId()));
		return measure;
	}

	/** The chosen unit, which must be the agency's, and the editor's own unless they are an admin. */
	private Unit unitFor(Report report, Long unitId) {
		List<Unit> found = this.units.findOf(report.getAgency(), List.of(unitId));
		if (found.isEmpty()) {
			throw new NotFoundException("unit " + unitId);
		}
		CurrentStaff.requireEdit(List.of(unitId));
		return found.get(0);
	}

	private static void apply(Measure measure, Unit unit, MeasureForm form) {
		measure.edit(unit, form.getName().strip(), RichText.keepOrConvert(measure.getMethod(), form.getMethod()),
				form.getPeriod().strip(), form.getResponsible().strip(),
				RichText.keepOrConvert(measure.getSummary(), form.getSummary()),
				RichText.keepOrConvert(measure.getOutcome(), form.getOutcome()), form.getStatus());
	}

	/** What the user tried to save, field by field as the history keeps them. */
	private static Map<String, String> attempt(Measure measure, Unit unit, MeasureForm form) {
		Map<String, String> fields = new LinkedHashMap<>(MeasureSnapshot.of(measure));
		fields.put("name", form.getName().strip());
		fields.put("method", RichText.keepOrConvert(measure.getMethod(), form.getMethod()));
		fields.put("period", form.getPeriod().strip());
		fields.put("unit", unit.getName());
		fields.put("responsible", form.getResponsible().strip());
		fields.put("summary", RichText.keepOrConvert(measure.getSummary(), form.getSummary()));
		fields.put("outcome", RichText.keepOrConvert(measure.getOutcome(), form.getOutcome()));
		fields.put("status", form.getStatus().name());
		return fields;
	}

}
