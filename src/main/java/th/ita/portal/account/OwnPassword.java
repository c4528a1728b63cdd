package th.ita.portal.account;

import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;
import th.ita.portal.common.NotFoundException;
import th.ita.portal.common.RetriedOnLostRace;
import th.ita.portal.user.StaffPrincipal;
import th.ita.portal.user.StaffUser;
import th.ita.portal.user.StaffUserRepository;

/** A signed-in user changes their own password, proving they know the current one. */
@RetriedOnLostRace
@Service
class OwnPassword {

	private final StaffUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	OwnPassword(StaffUserRepository users, PasswordEncoder passwordEncoder, AuditLog auditLog) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
	}

	/** The user's refreshed details, or empty when the current password was wrong. */
	@Transactional
	public Optional<StaffPrincipal> change(StaffPrincipal who, String currentPassword, String newPassword) {
		StaffUser user = ((who.getId() == null) ? Optional.<StaffUser>empty() : this.users.findById(who.getId()))
			.filter((found) -> java.util.Objects.equals(found.getAgencyId(), who.getAgencyId()))
			.orElseThrow(() -> new NotFoundException("user"));
		String username = user.getUsername();
		if (!this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			return Optional.empty();
		}
		user.changePassword(this.passwordEncoder.encode(newPassword), false);
		// In the account's own agency's log; a platform account's in the platform's (no agency).
		this.auditLog.recordFor(user.getAgencyId(), username, AuditAction.PASSWORD_CHANGED, username);
		return Optional.of(user.toPrincipal());
	}

}
