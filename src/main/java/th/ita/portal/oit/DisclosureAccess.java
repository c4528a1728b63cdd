package th.ita.portal.oit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.common.NotFoundException;
import th.ita.portal.common.RetriedOnLostRace;
import th.ita.portal.unit.Unit;
import th.ita.portal.user.CurrentStaff;

/**
 * Finds the OIT disclosure a staff request names and checks, on the server, that the signed-in
 * user may touch it: 404 when it does not exist, 403 when it is not theirs.
 */
@RetriedOnLostRace
@Service
@Transactional(readOnly = true)
public class DisclosureAccess {

	private final OitDisclosureRepository disclosures;

	private final EntityManager entityManager;

	private final CurrentAgency agency;

	DisclosureAccess(OitDisclosureRepository disclosures, EntityManager entityManager, CurrentAgency agency) {
		this.disclosures = disclosures;
		this.entityManager = entityManager;
		this.agency = agency;
	}

	/** Any signed-in staff member (auditors included) may read a disclosure and its draft. */
	public OitDisclosure requireReadable(int year, String code) {
		CurrentStaff.get();
		return find(year, code);
	}

	/**
	 * Only an admin, or an editor of one of the disclosure's responsible units, may change it. The
	 * row stays locked until the caller's transaction ends, so that edits of a disclosure and of its
	 * evidence, and its publishing, take turns.
	 */
	@Transactional
	public OitDisclosure requireEditable(int year, String code) {
		OitDisclosure disclosure = find(year, code);
		CurrentStaff.requireEdit(disclosure.getUnits().stream().map(Unit::getId).toList());
		lock(disclosure);
		return disclosure;
	}

	/**
	 * Holds the disclosure's row until the caller's transaction ends. A read-only caller (a page
	 * that only checks the right to edit) changes nothing, so it takes no lock.
	 */
	@Transactional
	public void lock(OitDisclosure disclosure) {
		if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			this.entityManager.lock(disclosure, LockModeType.PESSIMISTIC_WRITE);
		}
	}

	/** The disclosure with its report: the one lookup of the request's year and item. */
	private OitDisclosure find(int year, String code) {
		return this.disclosures.findOfYear(this.agency.id(), year, code)
			.orElseThrow(() -> new NotFoundException("OIT disclosure " + year + "/" + code));
	}

}
