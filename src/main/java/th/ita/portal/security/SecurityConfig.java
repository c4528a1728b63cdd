package th.ita.portal.security;

import jakarta.servlet.http.HttpServletRequest;


import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionLimit;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.audit.AuditLog;
import th.ita.portal.user.StaffPrincipal;

/**
 * Public pages are open and never start a session; everything under {@code /staff/} needs a
 * signed-in user of an agency, {@code /staff/admin/} an admin (the audit log also an auditor);
 * {@code /platform} a platform admin, who is of no agency and is refused under {@code /staff}. Sign-in at
 * {@code /login} gets a new session id, is throttled against guessing, and registers the session so
 * that disabling a user ends it. CSRF protection stays on for every form. Sessions live in
 * PostgreSQL (Spring Session JDBC), so a user signed in on one instance is signed in on all, and
 * ending their sessions on one ends them everywhere.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	static final String LOGIN = "/login";

	static final String STAFF_HOME = "/staff";

	static final String CHANGE_PASSWORD = "/staff/account/password";

	static final String PLATFORM_HOME = "/platform";

	static final String PLATFORM_PASSWORD = "/platform/password";

	/** The back office is an agency's: a platform account (of no agency) is refused there. */
	private static final AuthorizationManager<RequestAuthorizationContext> AGENCY_STAFF = AuthorizationManagers
		.allOf(AuthenticatedAuthorizationManager.authenticated(),
				AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole("PLATFORM_ADMIN")));

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
			SecurityContextRepository contextRepository, SignInThrottle throttle, SignInSuccessHandler success,
			SignInFailureHandler failure, SignOutAuditHandler signOut, CurrentAgency agency, AuditLog auditLog)
			throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/staff/admin/audit", "/staff/admin/audit/**")
			.hasAnyRole("ADMIN", "AUDITOR")
			.requestMatchers("/staff/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/staff", "/staff/**")
			.access(AGENCY_STAFF)
			.requestMatchers("/platform", "/platform/**")
			.hasRole("PLATFORM_ADMIN")
			.anyRequest()
			.permitAll())
			.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfig::outsideFormArea))
			.formLogin(form -> form.loginPage(LOGIN).successHandler(success).failureHandler(failure).permitAll())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInPage()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN + "?logout").addLogoutHandler(signOut))
			.securityContext(context -> context.securityContextRepository(contextRepository))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
				.sessionConcurrency(concurrency -> concurrency.maximumSessions(SessionLimit.UNLIMITED)
					.sessionRegistry(sessionRegistry)
					.expiredUrl(LOGIN + "?expired")))
			.addFilterBefore(new SignInThrottleFilter(throttle, failure), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new SessionAgencyFilter(agency, auditLog), SecurityContextHolderFilter.class)
			.addFilterAfter(new PasswordChangeFilter(), AuthorizationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(BrowserPolicies.PAGE_POLICY))
				.referrerPolicy(referrer -> referrer.policy(BrowserPolicies.REFERRER_POLICY))
				.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(BrowserPolicies.HSTS_MAX_AGE.toSeconds())
					.includeSubDomains(true))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	/**
	 * Sends a visitor who is not signed in to {@code /login} as a path on this site: Spring
	 * Security's default builds an absolute address from the request's Host, which anyone can forge.
	 */
	private static LoginUrlAuthenticationEntryPoint signInPage() {
		LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint(LOGIN);
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

	/**
	 * Every form of the portal posts under {@code /staff}, {@code /login} or {@code /logout}; nothing
	 * else accepts a POST. Checking CSRF elsewhere would only make a stray POST to a public page
	 * store a token in a new session, and public pages must never start one: they answer 405.
	 */
	static boolean outsideFormArea(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals(STAFF_HOME) || path.startsWith(STAFF_HOME + "/") || path.equals(PLATFORM_HOME)
				|| path.startsWith(PLATFORM_HOME + "/") || path.equals(LOGIN) || path.equals("/logout"));
	}

	/** Where an account changes its own password: a platform account (of no agency) has its own page. */
	static String passwordPage(StaffPrincipal who) {
		return (who.getAgencyId() == null) ? PLATFORM_PASSWORD : CHANGE_PASSWORD;
	}

	@Bean
	static BrowserPoliciesValve.Installer browserPoliciesValve() {
		return new BrowserPoliciesValve.Installer();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The sessions of a user, found by name in the shared session store: the registry itself keeps
	 * nothing, so it is the same on every instance and never grows with dead sessions.
	 */
	@Bean
	<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

}
