package th.ita.portal.evidence;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import th.ita.portal.framework.OitItemComponent;
import th.ita.portal.oit.DisclosureAccess;
import th.ita.portal.oit.OitDisclosure;
import th.ita.portal.unit.Unit;
import th.ita.portal.user.CurrentStaff;

/** Reads what the staff evidence pages show: a disclosure's draft evidence, with what the user may do. */
@Service
@Transactional(readOnly = true)
public class EvidenceStaffPages {

	private final DisclosureAccess access;

	private final EvidenceRepository evidence;

	private final EvidenceList list;

	private final DataSize maxSize;

	EvidenceStaffPages(DisclosureAccess access, EvidenceRepository evidence, EvidenceList list,
			@Value("${ita.upload.max-size}") DataSize maxSize) {
		this.access = access;
		this.evidence = evidence;
		this.list = list;
		this.maxSize = maxSize;
	}

	/** The page, for any signed-in staff member. */
	public EvidencePage page(int year, String code) {
		OitDisclosure disclosure = this.access.requireReadable(year, code);
		boolean canEdit = CurrentStaff.canEdit(CurrentStaff.get(),
				disclosure.getUnits().stream().map(Unit::getId).toList());
		return page(disclosure, canEdit);
	}

	/** The page again after a refused change, for a user who may edit the disclosure (else 403). */
	public EvidencePage editablePage(int year, String code) {
		return page(this.access.requireEditable(year, code), true);
	}

	/** One piece of evidence of a disclosure the user may edit, e.g. for the removal confirmation. */
	public Evidence editable(int year, String code, long id) {
		return this.list.find(this.access.requireEditable(year, code), id);
	}

	/** One piece of evidence of a disclosure the user may edit, with its ties and its item's components. */
	public DetailsPage details(int year, String code, long id) {
		Evidence evidence = editable(year, code, id);
		evidence.getComponentIds().size();
		return new DetailsPage(evidence, List.copyOf(evidence.getDisclosure().getItem().getComponents()));
	}

	/** What the details form shows. */
	public record DetailsPage(Evidence evidence, List<OitItemComponent> components) {
	}

	private EvidencePage page(OitDisclosure disclosure, boolean canEdit) {
		return new EvidencePage(disclosure, this.evidence.findByDisclosure(disclosure), canEdit, this.maxSize);
	}

}
