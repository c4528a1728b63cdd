package th.ita.portal.user;

import java.security.SecureRandom;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.agency.AgencyDirectory;
import th.ita.portal.agency.AgencyRef;
import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;

/**
 * On a first start with no accounts in the default agency (the only agency, or the one
 * {@code ita.default-agency} names; with several and none named, none is made: their first admins
 * are made at {@code /platform}), creates there {@code admin} with the password of
 * {@code ITA_ADMIN_PASSWORD}, or else a random one written once to the log. Either way it must be
 * changed at the first sign-in. There are no default credentials. Instances starting together on an
 * empty database take turns (a PostgreSQL advisory lock held until the transaction ends), so exactly
 * one creates the account and the others find it.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	static final String USERNAME = "admin";

	/** The advisory lock's key: ASCII "ITA" and 1, this start-up task's number. */
	static final long LOCK = 0x495441_01L;

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final StaffUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final String configuredPassword;

	private final AgencyDirectory agencies;

	private final JdbcClient jdbc;

	FirstAdmin(StaffUserRepository users, PasswordEncoder passwordEncoder, AuditLog auditLog,
			ApplicationEventPublisher events, @Value("${ita.admin-password:}") String configuredPassword,
			AgencyDirectory agencies, JdbcClient jdbc) {
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.events = events;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		AgencyRef agency = this.agencies.defaultAgency().orElse(null);
		if (agency == null) {
			// Several agencies and none the default: each agency's first admin is made at /platform.
			return;
		}
		this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK).query().singleRow();
		if (this.users.countOfAgency(agency.id()) > 0) {
			return;
		}
		boolean random = this.configuredPassword == null || this.configuredPassword.isBlank();
		String password = random ? randomPassword() : this.configuredPassword;
		StaffUser admin = new StaffUser(agency.id(), USERNAME, "ผู้ดูแลระบบ", this.passwordEncoder.encode(password), true);
		admin.setRoles(Set.of(Role.ADMIN));
		this.users.save(admin);
		this.auditLog.recordFor(agency.id(), "system", AuditAction.USER_CREATED, USERNAME);
		this.events.publishEvent(new UsersChanged());
		if (random) {
			log.warn("First start: created user 'admin' with the one-time password: {} (change it at first sign-in)",
					password);
		}
		else {
			log.info("First start: created user 'admin' with the password from ITA_ADMIN_PASSWORD");
		}
	}

	static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
