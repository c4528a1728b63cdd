package th.ita.portal.oit;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.common.ConflictRow;
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
import th.ita.portal.user.Role;
import th.ita.portal.user.StaffPrincipal;

/** Staff's edits of OIT disclosures: permission, optimistic locking and a revision for each save. */
@RetriedOnLostRace
@Service
@Transactional
public class DisclosureEditing {

	private final DisclosureAccess access;

	private final UnitRepository units;

	private final History history;

	DisclosureEditing(DisclosureAccess access, UnitRepository units, History history) {
		this.access = access;
		this.units = units;
		this.history = history;
	}

	/**
	 * Saves the draft, or refuses with {@link StaleVersionException} when it changed since the form
	 * was opened; the refused text is then kept in the history.
	 * @throws InvalidUnitsException when the chosen units are not the agency's, or an editor would
	 * give the item away
	 */
	@Transactional(noRollbackFor = StaleVersionException.class)
	public void save(int year, String code, DisclosureForm form) {
		OitDisclosure disclosure = this.access.requireEditable(year, code);
		Map<String, String> before = DisclosureSnapshot.of(disclosure);
		List<Unit> chosen = chosenUnits(disclosure.getReport(), disclosure, form.getUnitIds());
		String progress = RichText.keepOrConvert(disclosure.getProgress(), form.getProgress());
		if (form.getVersion() != disclosure.getVersion()) {
			this.history.record(disclosure.getReport(), EntityKind.DISCLOSURE, disclosure.getId(),
					DisclosureSnapshot.label(disclosure), RevisionAction.CONFLICT, before,
					attempt(chosen, form, progress));
			throw new StaleVersionException(code, conflict(disclosure, chosen, form), disclosure.getVersion(),
					false);
		}
		disclosure.edit(chosen, form.getStatus(), progress);
		this.history.record(disclosure.getReport(), EntityKind.DISCLOSURE, disclosure.getId(),
				DisclosureSnapshot.label(disclosure), RevisionAction.UPDATE, before, DisclosureSnapshot.of(disclosure));
	}

	/** The saved values beside the user's refused attempt, for the conflict page. */
	private static List<ConflictRow> conflict(OitDisclosure current, List<Unit> chosen, DisclosureForm form) {
		String mineUnits = String.join(", ", chosen.stream().map(Unit::getName).toList());
		Map<String, String> now = DisclosureSnapshot.of(current);
		return List.of(new ConflictRow("staff.oit.units", now.get("units"), mineUnits, false),
				new ConflictRow("staff.field.status", now.get("status"),
						form.getStatus() == null ? "" : form.getStatus().name(), false),
				new ConflictRow("staff.field.progress", now.get("progress"), form.getProgress(), true));
	}

	private List<Unit> chosenUnits(Report report, OitDisclosure disclosure, List<Long> ids) {
		List<Unit> chosen = this.units.findOf(report.getAgency(), ids);
		if (chosen.size() != new HashSet<>(ids).size()) {
			throw new InvalidUnitsException("staff.validation.units");
		}
		StaffPrincipal user = CurrentStaff.get();
		if (!user.hasRole(Role.ADMIN) && chosen.stream().noneMatch(u -> user.getUnitIds().contains(u.getId()))) {
			throw new InvalidUnitsException("staff.validation.units.keep-own");
		}
		// keep the order the user gave
		return ids.stream().distinct().map(id -> chosen.stream().filter(u -> u.getId().equals(id)).findFirst().orElseThrow()).toList();
	}

	private static Map<String, String> attempt(List<Unit> units, DisclosureForm form, String progress) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("units", String.join(", ", units.stream().map(Unit::getName).toList()));
		fields.put("status", form.getStatus().name());
		fields.put("progress", progress);
		return fields;
	}

}
