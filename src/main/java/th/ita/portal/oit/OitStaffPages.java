package th.ita.portal.oit;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.framework.FrameworkLineage;
import th.ita.portal.report.Report;
import th.ita.portal.unit.Unit;
import th.ita.portal.unit.UnitRepository;
import th.ita.portal.user.CurrentStaff;
import th.ita.portal.user.StaffPrincipal;

/** Reads what the back office's OIT pages show: drafts, with what each user may do. */
@Service
@Transactional(readOnly = true)
public class OitStaffPages {

	private final OitDisclosureRepository disclosures;

	private final DisclosureAccess access;

	private final UnitRepository units;

	private final FrameworkLineage lineage;

	OitStaffPages(OitDisclosureRepository disclosures, DisclosureAccess access, UnitRepository units,
			FrameworkLineage lineage) {
		this.disclosures = disclosures;
		this.access = access;
		this.units = units;
		this.lineage = lineage;
	}

	public ListView list(Report report) {
		StaffPrincipal user = CurrentStaff.get();
		List<Row> rows = this.disclosures.findByReport(report)
			.stream()
			.map(d -> new Row(d, CurrentStaff.canEdit(user, d.getUnits().stream().map(Unit::getId).toList())))
			.toList();
		return new ListView(report, rows, CurrentStaff.canPublish(user));
	}

	public ItemView item(int year, String code) {
		StaffPrincipal user = CurrentStaff.get();
		OitDisclosure disclosure = this.access.requireReadable(year, code);
		Report report = disclosure.getReport();
		disclosure.getItem().getComponents().size();
		boolean canEdit = CurrentStaff.canEdit(user, disclosure.getUnits().stream().map(Unit::getId).toList());
		List<Unit> choices = this.units.findActiveOf(report.getAgency());
		return new ItemView(report, disclosure, canEdit, CurrentStaff.canPublish(user), choices,
				this.lineage.earlier(disclosure.getItem().getId(), false));
	}

	public record ListView(Report report, List<Row> rows, boolean canPublish) {

		public long unpublished() {
			return this.rows.stream().filter(r -> r.disclosure().hasUnpublishedChanges()).count();
		}

	}

	public record Row(OitDisclosure disclosure, boolean canEdit) {
	}

	public record ItemView(Report report, OitDisclosure disclosure, boolean canEdit, boolean canPublish,
			List<Unit> unitChoices, List<FrameworkLineage.EarlierYear> earlier) {

		public int year() {
			return this.report.getFiscalYear();
		}

	}

}
