package th.ita.portal.platform;

import java.security.SecureRandom;
import java.sql.ResultSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.audit.AuditAction;
import th.ita.portal.common.NotFoundException;
import th.ita.portal.user.UsersChanged;

/**
 * An agency's first admin, made by a platform admin: an account of that agency with the ADMIN
 * role and a random one-time password, which the result page shows once and which must be changed
 * at the first sign-in. Refused when the agency already has an admin: from then on its own admins
 * manage its accounts. The agency's row is locked first, so two platform admins pressing at the
 * same moment make one admin, not two.
 */
@Service
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class AgencyAdmins {

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwords;

	private final PlatformAudit audit;

	private final ApplicationEventPublisher events;

	AgencyAdmins(JdbcTemplate jdbc, PasswordEncoder passwords, PlatformAudit audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.audit = audit;
		this.events = events;
	}

	/** Creates the admin and answers the one-time password (kept nowhere but in its hash). */
	@Transactional
	String createFirst(long agencyId, FirstAdminForm form) {
		if (!Boolean.TRUE.equals(this.jdbc.query("select id from agency where id = ? for update",
				(ResultSetExtractor<Boolean>) ResultSet::next, agencyId))) {
			throw new NotFoundException("agency " + agencyId);
		}
		if (Boolean.TRUE.equals(this.jdbc.queryForObject("""
				select exists (select 1 from users s join user_role r on r.user_id = s.id
				               where s.agency_id = ? and r.role = 'ADMIN')""", Boolean.class, agencyId))) {
			throw new PlatformRefusedException("username", "platform.admin.exists");
		}
		String password = randomPassword();
		long userId;
		try {
			userId = this.jdbc.queryForObject("""
					insert into users (agency_id, username, display_name, password_hash, must_change_password)
					values (?, ?, ?, ?, true) returning id""", Long.class, agencyId, form.getUsername(),
					form.getDisplayName(), this.passwords.encode(password));
		}
		catch (DuplicateKeyException ex) {
			throw new PlatformRefusedException("username", "accounts.validation.username-taken");
		}
		this.jdbc.update("insert into user_role (user_id, role) values (?, 'ADMIN')", userId);
		this.audit.record(agencyId, AuditAction.USER_CREATED, form.getUsername() + " (ADMIN, first admin)");
		this.events.publishEvent(new UsersChanged());
		return password;
	}

	static String randomPassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
