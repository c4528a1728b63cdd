package th.ita.portal.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** The open sessions of staff: ending a user's, and refreshing the current user's details. */
@Component
public class StaffSessions {

	private final SessionRegistry registry;

	private final SecurityContextRepository contexts;

	StaffSessions(SessionRegistry registry, SecurityContextRepository contexts) {
		this.registry = registry;
		this.contexts = contexts;
	}

	/** Expires every open session of this user: their next request is signed out. */
	public void endSessionsOf(String username) {
		for (Object principal : this.registry.getAllPrincipals()) {
			if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
				for (SessionInformation session : this.registry.getAllSessions(principal, false)) {
					session.expireNow();
				}
			}
		}
	}

	/** Replaces the signed-in user's details (e.g. after a password change) in this session. */
	public void refreshCurrent(StaffPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
