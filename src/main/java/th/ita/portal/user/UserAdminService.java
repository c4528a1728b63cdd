package th.ita.portal.user;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;
import th.ita.portal.common.NotFoundException;
import th.ita.portal.common.RetriedOnLostRace;
import th.ita.portal.common.StaleVersionException;
import th.ita.portal.unit.Unit;
import th.ita.portal.unit.UnitRepository;

/** Accounts, for admins only: create, change roles and units, disable, enable, reset password. */
@RetriedOnLostRace
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdminService {

	private final StaffUserRepository users;

	private final UnitRepository units;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final StaffSessions sessions;

	private final ApplicationEventPublisher events;

	private final CurrentAgency agency;

	UserAdminService(StaffUserRepository users, UnitRepository units, PasswordEncoder passwordEncoder,
			AuditLog auditLog, StaffSessions sessions, ApplicationEventPublisher events, CurrentAgency agency) {
		this.users = users;
		this.units = units;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.sessions = sessions;
		this.events = events;
		this.agency = agency;
	}

	@Transactional(readOnly = true)
	public List<StaffUser> list() {
		return this.users.findAllWithRoles(this.agency.id());
	}

	@Transactional(readOnly = true)
	public StaffUser get(long id) {
		return this.users.findWithRolesById(this.agency.id(), id).orElseThrow(() -> new NotFoundException("user " + id));
	}

	@Transactional(readOnly = true)
	public boolean usernameTaken(String username) {
		return this.users.existsInAgency(this.agency.id(), username);
	}

	@Transactional
	public StaffUser create(NewUserForm form) {
		StaffUser user = new StaffUser(this.agency.id(), form.getUsername(), form.getDisplayName(),
				this.passwordEncoder.encode(form.getPassword()), true);
		user.setRoles(agencyRoles(form.getRoles()));
		user.setUnitIds(knownUnits(form.getUnitIds()));
		this.users.save(user);
		this.auditLog.record(AuditAction.USER_CREATED, describe(user));
		this.events.publishEvent(new UsersChanged());
		return user;
	}

	/**
	 * Saves the account's name, roles and units, or refuses with {@link StaleVersionException} when
	 * someone saved it since the form was opened; the refused values are then kept in the audit log.
	 */
	@Transactional(noRollbackFor = StaleVersionException.class)
	public void update(long id, UserForm form) {
		StaffUser user = get(id);
		if (form.getVersion() != user.getVersion()) {
			this.auditLog.record(AuditAction.SAVE_REFUSED, user.getUsername() + ": " + form.getDisplayName()
					+ ", roles=" + new TreeSet<>(form.getRoles()) + " units=" + new TreeSet<>(form.getUnitIds()));
			throw new StaleVersionException("user " + id);
		}
		if (!user.getDisplayName().equals(form.getDisplayName())) {
			user.setDisplayName(form.getDisplayName());
			this.auditLog.record(AuditAction.USER_UPDATED, user.getUsername() + ": " + form.getDisplayName());
		}
		Set<Long> unitIds = knownUnits(form.getUnitIds());
		Set<Role> roles = agencyRoles(form.getRoles());
		if (!user.getRoles().equals(roles) || !user.getUnitIds().equals(unitIds)) {
			user.setRoles(roles);
			user.setUnitIds(unitIds);
			this.auditLog.record(AuditAction.ROLES_CHANGED, describe(user));
			// Open sessions hold the old rights: end them, so that a removed right is gone at once.
			if (!CurrentStaff.get().getUsername().equals(user.getUsername())) {
				this.sessions.endSessionsOf(user);
			}
		}
	}

	/** Disables the account and ends its open sessions. */
	@Transactional
	public void disable(long id, long version) {
		StaffUser user = get(id);
		StaleVersionException.check("user " + id, version, user.getVersion());
		user.setEnabled(false);
		this.auditLog.record(AuditAction.USER_DISABLED, user.getUsername());
		this.sessions.endSessionsOf(user);
		this.events.publishEvent(new UsersChanged());
	}

	@Transactional
	public void enable(long id, long version) {
		StaffUser user = get(id);
		StaleVersionException.check("user " + id, version, user.getVersion());
		user.setEnabled(true);
		this.auditLog.record(AuditAction.USER_ENABLED, user.getUsername());
		this.events.publishEvent(new UsersChanged());
	}

	/** Sets a temporary password the user must change, and ends the user's open sessions. */
	@Transactional
	public void resetPassword(long id, PasswordResetForm form) {
		StaffUser user = get(id);
		StaleVersionException.check("user " + id, form.getVersion(), user.getVersion());
		user.changePassword(this.passwordEncoder.encode(form.getPassword()), true);
		this.auditLog.record(AuditAction.PASSWORD_RESET, user.getUsername());
		this.sessions.endSessionsOf(user);
	}

	/** The agency's own units among those named; another agency's unit is left out. */
	private Set<Long> knownUnits(Set<Long> unitIds) {
		return this.units.findAllOfAgency(this.agency.id(), unitIds).stream().map(Unit::getId).collect(Collectors.toSet());
	}

	/** An agency's admin gives an agency's roles only: PLATFORM_ADMIN is never theirs to give. */
	private static Set<Role> agencyRoles(Set<Role> roles) {
		Set<Role> kept = java.util.EnumSet.noneOf(Role.class);
		roles.stream().filter(Role.agencyRoles()::contains).forEach(kept::add);
		return kept;
	}

	private static String describe(StaffUser user) {
		return user.getUsername() + ": roles=" + new TreeSet<>(user.getRoles()) + " units="
				+ new TreeSet<>(user.getUnitIds());
	}

}
