package th.ita.portal.measure;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.report.Report;
import th.ita.portal.unit.Unit;
import th.ita.portal.unit.UnitRepository;
import th.ita.portal.user.CurrentStaff;
import th.ita.portal.user.Role;
import th.ita.portal.user.StaffPrincipal;

/** Reads what the back office's measure pages show, with what the signed-in user may do. */
@Service
@Transactional(readOnly = true)
public class MeasureStaffPages {

	private final MeasureRepository measures;

	private final MeasureEditing editing;

	private final UnitRepository units;

	MeasureStaffPages(MeasureRepository measures, MeasureEditing editing, UnitRepository units) {
		this.measures = measures;
		this.editing = editing;
		this.units = units;
	}

	public ListView list(Report report) {
		StaffPrincipal user = CurrentStaff.get();
		List<Row> rows = this.measures.findByReport(report).stream().map(m -> new Row(m, canEdit(user, m))).toList();
		boolean canCreate = user.hasRole(Role.ADMIN) || (user.hasRole(Role.EDITOR) && !user.getUnitIds().isEmpty());
		return new ListView(report, rows, canCreate, CurrentStaff.canPublish(user));
	}

	/** The form page of a new measure of the report. */
	public FormView newForm(Report report) {
		return formView(report, null);
	}

	/** The form page of a measure of the year. */
	public FormView form(int year, Long id) {
		Measure measure = this.editing.readable(year, id);
		return formView(measure.getReport(), measure);
	}

	/** The form shown again after a refused save: also of a measure deleted meanwhile, whose text is kept. */
	public FormView formAgain(int year, Long id) {
		Measure measure = this.editing.readableEvenDeleted(year, id);
		return formView(measure.getReport(), measure);
	}

	private FormView formView(Report report, Measure measure) {
		StaffPrincipal user = CurrentStaff.get();
		List<Unit> choices = this.units.findActiveOf(report.getAgency())
			.stream()
			.filter(u -> CurrentStaff.canEdit(user, List.of(u.getId())))
			.toList();
		boolean canEdit = (measure == null) ? !choices.isEmpty() : canEdit(user, measure);
		return new FormView(report, measure, choices, canEdit, CurrentStaff.canPublish(user));
	}

	private static boolean canEdit(StaffPrincipal user, Measure measure) {
		return CurrentStaff.canEdit(user, measure.getUnit() == null ? List.of() : List.of(measure.getUnit().getId()));
	}

	public record ListView(Report report, List<Row> rows, boolean canCreate, boolean canPublish) {
	}

	public record Row(Measure measure, boolean canEdit) {
	}

	public record FormView(Report report, Measure measure, List<Unit> unitChoices, boolean canEdit,
			boolean canPublish) {

		public boolean isNew() {
			return this.measure == null;
		}

	}

}
