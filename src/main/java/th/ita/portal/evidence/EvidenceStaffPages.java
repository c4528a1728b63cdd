package th.ita.portal.evidence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import th.ita.portal.oit.DisclosureAccess;
import th.ita.portal.oit.OitDisclosure;
import th.ita.portal.report.Report;
import th.ita.portal.unit.Unit;
import th.ita.portal.user.CurrentStaff;

/** Reads what the staff evidence pages show: a disclosure's draft evidence, with what the user may do. */
@Service
@Transactional(readOnly = true)
public class EvidenceStaffPages {

	private final DisclosureAccess access;

	private final EvidenceRepository evidence;

	private final DataSize maxSize;

	EvidenceStaffPages(DisclosureAccess access, EvidenceRepository evidence,
			@Value("${ita.upload.max-size}") DataSize maxSize) {
		this.access = access;
		this.evidence = evidence;
		this.maxSize = maxSize;
	}

	/** The page, for any signed-in staff member. */
	public EvidencePage page(Report report, String code) {
		OitDisclosure disclosure = this.access.requireReadable(report, code);
		boolean canEdit = CurrentStaff.canEdit(CurrentStaff.get(),
				disclosure.getUnits().stream().map(Unit::getId).toList());
		return page(report, disclosure, canEdit);
	}

	/** The page again after a refused change, for a user who may edit the disclosure (else 403). */
	public EvidencePage editablePage(Report report, String code) {
		return page(report, this.access.requireEditable(report, code), true);
	}

	/** One piece of evidence of a disclosure the user may edit, e.g. for the removal confirmation. */
	public Evidence editable(Report report, String code, long id) {
		return EvidenceEditing.find(this.evidence, this.access.requireEditable(report, code), id);
	}

	private EvidencePage page(Report report, OitDisclosure disclosure, boolean canEdit) {
		return new EvidencePage(report, disclosure, this.evidence.findByDisclosure(disclosure), canEdit, this.maxSize);
	}

}
