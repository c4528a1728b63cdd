package th.ita.portal.user;

import java.util.Collection;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in staff member, and the rules every staff request is checked against on the
 * server: hiding a button is never the enforcement.
 */
public final class CurrentStaff {

	private CurrentStaff() {
	}

	public static Optional<StaffPrincipal> find() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return (auth != null && auth.getPrincipal() instanceof StaffPrincipal p) ? Optional.of(p) : Optional.empty();
	}

	public static StaffPrincipal get() {
		return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

	/** Admins edit everything; editors edit what one of their units is responsible for. */
	public static boolean canEdit(StaffPrincipal user, Collection<Long> responsibleUnitIds) {
		if (user.hasRole(Role.ADMIN)) {
			return true;
		}
		return user.hasRole(Role.EDITOR) && responsibleUnitIds.stream().anyMatch(user.getUnitIds()::contains);
	}

	public static boolean canPublish(StaffPrincipal user) {
		return user.hasRole(Role.ADMIN) || user.hasRole(Role.APPROVER);
	}

	/** Throws 403 unless the signed-in user may edit content of these units. */
	public static StaffPrincipal requireEdit(Collection<Long> responsibleUnitIds) {
		StaffPrincipal user = get();
		if (!canEdit(user, responsibleUnitIds)) {
			throw new AccessDeniedException("not an editor of this unit");
		}
		return user;
	}

	public static StaffPrincipal requirePublish() {
		StaffPrincipal user = get();
		if (!canPublish(user)) {
			throw new AccessDeniedException("not an approver");
		}
		return user;
	}

}
