package th.ita.portal.oit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.common.NotFoundException;
import th.ita.portal.unit.Unit;
import th.ita.portal.user.CurrentStaff;

/**
 * Finds the OIT disclosure a staff request names and checks, on the server, that the signed-in
 * user may touch it: 404 when it does not exist, 403 when it is not theirs.
 */
@Service
@Transactional(readOnly = true)
public class DisclosureAccess {

	private final OitDisclosureRepository disclosures;

	DisclosureAccess(OitDisclosureRepository disclosures) {
		this.disclosures = disclosures;
	}

	/** Any signed-in staff member (auditors included) may read a disclosure and its draft. */
	public OitDisclosure requireReadable(int year, String code) {
		CurrentStaff.get();
		return find(year, code);
	}

	/** Only an admin, or an editor of one of the disclosure's responsible units, may change it. */
	public OitDisclosure requireEditable(int year, String code) {
		OitDisclosure disclosure = find(year, code);
		CurrentStaff.requireEdit(disclosure.getUnits().stream().map(Unit::getId).toList());
		return disclosure;
	}

	private OitDisclosure find(int year, String code) {
		return this.disclosures.findOfYear(year, code)
			.orElseThrow(() -> new NotFoundException("OIT disclosure " + year + "/" + code));
	}

}
