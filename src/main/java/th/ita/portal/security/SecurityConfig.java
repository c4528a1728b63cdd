package th.ita.portal.security;

import jakarta.servlet.http.HttpServletRequest;


import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionLimit;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Public pages are open and never start a session; everything under {@code /staff/} needs a
 * signed-in user, {@code /staff/admin/} an admin (the audit log also an auditor). Sign-in at
 * {@code /login} gets a new session id, is throttled against guessing, and registers the session so
 * that disabling a user ends it. CSRF protection stays on for every form.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	static final String LOGIN = "/login";

	static final String STAFF_HOME = "/staff";

	static final String CHANGE_PASSWORD = "/staff/account/password";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
			SecurityContextRepository contextRepository, SignInThrottle throttle, SignInSuccessHandler success,
			SignInFailureHandler failure, SignOutAuditHandler signOut) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/staff/admin/audit", "/staff/admin/audit/**")
			.hasAnyRole("ADMIN", "AUDITOR")
			.requestMatchers("/staff/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/staff/**")
			.authenticated()
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
		return !(path.equals(STAFF_HOME) || path.startsWith(STAFF_HOME + "/") || path.equals(LOGIN)
				|| path.equals("/logout"));
	}

	@Bean
	static BrowserPoliciesValve.Installer browserPoliciesValve() {
		return new BrowserPoliciesValve.Installer();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when sessions end, so it never grows with dead sessions. */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

}
