package th.ita.portal.unit;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.agency.Agency;
import th.ita.portal.agency.AgencyRepository;
import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;
import th.ita.portal.common.NotFoundException;
import th.ita.portal.common.RetriedOnLostRace;
import th.ita.portal.common.StaleVersionException;

/** The agency's units, for admins only: create, rename, deactivate and reactivate. */
@RetriedOnLostRace
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UnitAdminService {

	private final UnitRepository units;

	private final AgencyRepository agencies;

	private final AuditLog auditLog;

	private final CurrentAgency agency;

	UnitAdminService(UnitRepository units, AgencyRepository agencies, AuditLog auditLog, CurrentAgency agency) {
		this.units = units;
		this.agencies = agencies;
		this.auditLog = auditLog;
		this.agency = agency;
	}

	@Transactional(readOnly = true)
	public List<Unit> list() {
		return this.units.findAllOfAgency(this.agency.id());
	}

	@Transactional(readOnly = true)
	public Unit get(long id) {
		return this.units.findOfAgency(this.agency.id(), id).orElseThrow(() -> new NotFoundException("unit " + id));
	}

	@Transactional(readOnly = true)
	public boolean nameTaken(String name, Long exceptId) {
		return this.units.nameTaken(this.agency.id(), name, exceptId);
	}

	@Transactional(readOnly = true)
	public boolean hasAgency() {
		return this.agency.isPresent();
	}

	@Transactional
	public Unit create(String name) {
		Agency agency = this.agencies.findById(this.agency.id()).orElseThrow(() -> new NotFoundException("agency"));
		Unit unit = this.units.save(new Unit(agency, name, this.units.maxPosition(agency.getId()) + 1));
		this.auditLog.record(AuditAction.UNIT_CREATED, name);
		return unit;
	}

	/**
	 * Renames, deactivates or reactivates a unit, or refuses with {@link StaleVersionException} when
	 * someone saved it since the form was opened; the refused values are then kept in the audit log.
	 */
	@Transactional(noRollbackFor = StaleVersionException.class)
	public void update(long id, UnitForm form) {
		Unit unit = get(id);
		String before = unit.getName() + (unit.isActive() ? "" : " (inactive)");
		if (form.getVersion() != unit.getVersion()) {
			this.auditLog.record(AuditAction.SAVE_REFUSED,
					before + " -> " + form.getName() + (form.isActive() ? "" : " (inactive)"));
			throw new StaleVersionException("unit " + id);
		}
		unit.setName(form.getName());
		unit.setActive(form.isActive());
		String after = unit.getName() + (unit.isActive() ? "" : " (inactive)");
		if (!before.equals(after)) {
			this.auditLog.record(AuditAction.UNIT_UPDATED, before + " -> " + after);
		}
	}

}
