package th.ita.portal.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
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

	/**
	 * Expires every open session of this account, on every instance (the sessions are rows in
	 * PostgreSQL, found by the account's {@linkplain StaffPrincipal#sessionName session name}, which
	 * names its agency): their next request is signed out. Another agency's account of the same
	 * name keeps its sessions.
	 */
	public void endSessionsOf(StaffUser account) {
		String name = StaffPrincipal.sessionName(account.getAgencyId(), account.getUsername());
		for (SessionInformation session : this.registry.getAllSessions(name, false)) {
			session.expireNow();
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
