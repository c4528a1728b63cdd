package th.ita.portal.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.audit.AuditAction;

/**
 * The first platform admin, made at start-up from {@code ITA_PLATFORM_ADMIN_PASSWORD} (user name
 * {@code ITA_PLATFORM_ADMIN_USERNAME}, {@code platform.admin} by default) when it is set and no
 * platform account exists yet; without it, none is made and {@code /platform} has no one to sign
 * in. It must change that password at its first sign-in ({@code /platform/password}). Instances
 * starting together take an advisory lock, so one of them makes it.
 */
@Component
class PlatformAdminAccount implements ApplicationRunner {

	/** The advisory lock's key: "ITA-PLAT" as a number, unlike any other of the portal's. */
	static final long LOCK = 0x4954412d504c4154L;

	private static final Logger log = LoggerFactory.getLogger(PlatformAdminAccount.class);

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwords;

	private final PlatformAudit audit;

	private final String username;

	private final String password;

	PlatformAdminAccount(JdbcTemplate jdbc, PasswordEncoder passwords, PlatformAudit audit,
			@Value("${ita.platform-admin.username:platform.admin}") String username,
			@Value("${ita.platform-admin.password:}") String password) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.audit = audit;
		this.username = username;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.password == null || this.password.isBlank()) {
			return;
		}
		this.jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, LOCK);
		if (Boolean.TRUE.equals(this.jdbc.queryForObject("select exists (select 1 from users where agency_id is null)",
				Boolean.class))) {
			return;
		}
		long id = this.jdbc.queryForObject("""
				insert into users (agency_id, username, display_name, password_hash, must_change_password)
				values (null, ?, ?, ?, true) returning id""", Long.class, this.username, "Platform admin",
				this.passwords.encode(this.password));
		this.jdbc.update("insert into user_role (user_id, role) values (?, 'PLATFORM_ADMIN')", id);
		this.audit.record(null, AuditAction.USER_CREATED, this.username + " (PLATFORM_ADMIN, from ITA_PLATFORM_ADMIN_PASSWORD)");
		log.info("Created the platform admin '{}' with the password from ITA_PLATFORM_ADMIN_PASSWORD", this.username);
	}

}
