package th.ita.portal.security;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import th.ita.portal.user.StaffPrincipal;

/**
 * Files each staff session in the shared store under its account's
 * {@linkplain StaffPrincipal#sessionName() session name} (agency and user name), not the bare user
 * name Spring Session would use: user names are unique only within an agency, and ending one
 * agency's user's sessions must not end another's.
 *
 * <p>A session attribute is written with PostgreSQL's upsert rather than a plain insert: Spring
 * Session inserts an attribute it believes new, and when an earlier save of the same session
 * stored it but failed to answer (PostgreSQL's connection cut during the commit) or two requests
 * of one session save at once, the plain insert fails on the primary key and the request answered
 * 500 (seen in {@code cluster/TwoInstancesTest}). The upsert stores the newer value instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionIndexConfig {

	static final String CREATE_ATTRIBUTE = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> staffSessionIndex() {
		return sessions -> {
			sessions.setIndexResolver(SessionIndexConfig::indexesOf);
			sessions.setCreateSessionAttributeQuery(CREATE_ATTRIBUTE);
		};
	}

	static Map<String, String> indexesOf(Session session) {
		SecurityContext context = session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		Authentication authentication = (context != null) ? context.getAuthentication() : null;
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
			return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, staff.sessionName());
		}
		return Map.of();
	}

}
