package th.ita.portal.config;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations, run by Flyway on an empty PostgreSQL database of their own. */
class MigrationsTest {

	String database;

	DriverManagerDataSource dataSource;

	@BeforeEach
	void emptyDatabase() {
		this.database = TestDatabase.create("ita_test_mig_" + UUID.randomUUID().toString().substring(0, 8));
		this.dataSource = new DriverManagerDataSource(TestDatabase.url(this.database), TestDatabase.user(),
				TestDatabase.password());
	}

	@AfterEach
	void dropIt() {
		TestDatabase.drop(this.database);
	}

	Flyway flyway(String... locations) {
		return Flyway.configure().dataSource(this.dataSource).locations(locations).load();
	}

	@Test
	void structureAloneGivesTheFrameworkAndNoAgency() {
		MigrateResult result = flyway("classpath:db/migration").migrate();
		assertThat(result.success).isTrue();
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForObject("select count(*) from oit_item", Integer.class)).isEqualTo(43);
		assertThat(jdbc.queryForObject("select count(*) from indicator", Integer.class)).isEqualTo(10);
		assertThat(jdbc.queryForObject("select count(*) from oit_subindicator", Integer.class)).isEqualTo(7);
		assertThat(jdbc.queryForObject("select count(*) from oit_item_component", Integer.class)).isGreaterThan(100);
		assertThat(jdbc.queryForObject("select count(*) from agency", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from report", Integer.class)).isZero();
	}

	@Test
	void demoDataIsAddedOnceAndAgainIsANoOp() {
		flyway("classpath:db/migration", "classpath:db/demo").migrate();
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForObject("select count(*) from oit_disclosure_pub", Integer.class)).isEqualTo(43);
		// A changed demo file is re-run by Flyway; it must not duplicate anything.
		Integer repeatables = jdbc.queryForObject("select count(*) from flyway_schema_history where script like 'R__%'",
				Integer.class);
		jdbc.execute("update flyway_schema_history set checksum = 0 where script like 'R__%'");
		MigrateResult again = flyway("classpath:db/migration", "classpath:db/demo").migrate();
		assertThat(again.migrationsExecuted).isEqualTo(repeatables);
		assertThat(jdbc.queryForObject("select count(*) from users", Integer.class)).isEqualTo(5);
		assertThat(jdbc.queryForObject("select count(*) from user_unit", Integer.class)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from agency", Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from measure", Integer.class)).isEqualTo(3);
		assertThat(jdbc.queryForObject("select count(*) from oit_disclosure", Integer.class)).isEqualTo(43);
	}

	@Test
	void demoDataCanBeTurnedOnLater() {
		flyway("classpath:db/migration").migrate();
		MigrateResult later = flyway("classpath:db/migration", "classpath:db/demo").migrate();
		assertThat(later.success).isTrue();
		assertThat(new JdbcTemplate(this.dataSource).queryForObject("select count(*) from measure_pub", Integer.class))
			.isEqualTo(3);
	}

	@Test
	void constraintsRefuseBadRows() {
		flyway("classpath:db/migration", "classpath:db/demo").migrate();
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> jdbc.update("update oit_disclosure set status = 'MAYBE'"))
			.hasMessageContaining("oit_disclosure_status_ck");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> jdbc.update(
					"insert into agency (slug, name, is_default) values ('second', 'อีกหน่วยงาน', true)"))
			.hasMessageContaining("agency_single_default_uk");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> jdbc.update("update report set overall_score = 101"))
			.hasMessageContaining("report_overall_score_ck");
	}

	/** The audit log only grows: an update, a delete or a truncate of it is refused and changes nothing. */
	@Test
	void theAuditLogRefusesUpdatesDeletesAndTruncation() {
		flyway("classpath:db/migration").migrate();
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.update("insert into audit_log (username, action, subject) values ('demo.admin', 'USER_CREATED', 'x')");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("update audit_log set subject = 'y'"))
			.hasMessageContaining("audit_log is append-only");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("delete from audit_log"))
			.hasMessageContaining("audit_log is append-only");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.execute("truncate audit_log"))
			.hasMessageContaining("audit_log is append-only");
		assertThat(jdbc.queryForList("select subject from audit_log", String.class)).containsExactly("x");
	}

	/**
	 * Issue 14: accounts and audit entries made before agencies had hosts belong to the default
	 * agency afterwards, although the audit log refuses updates (its trigger is lifted for the
	 * back-fill only); the demo agency answers at localhost and 127.0.0.1.
	 */
	@Test
	void accountsAndAuditEntriesOfOneAgencyAreGivenItsAgency() {
		Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration")
			.target(org.flywaydb.core.api.MigrationVersion.fromVersion("17")).load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.update("insert into agency (slug, name, is_default) values ('only', 'หน่วยงานเดียว', true)");
		jdbc.update("insert into users (username, display_name, password_hash) values ('admin', 'ผู้ดูแล', 'x')");
		jdbc.update("insert into audit_log (username, action, subject) values ('admin', 'USER_CREATED', 'admin')");
		flyway("classpath:db/migration").migrate();
		Long only = jdbc.queryForObject("select id from agency where slug = 'only'", Long.class);
		assertThat(jdbc.queryForList("select agency_id from users where username = 'admin'", Long.class))
			.containsExactly(only);
		assertThat(jdbc.queryForList("select agency_id from audit_log", Long.class)).containsExactly(only);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("update audit_log set agency_id = null"))
			.hasMessageContaining("audit_log is append-only");
	}

	@Test
	void theDemoAgencyAnswersAtLocalhostAndItsAccountsAreItsOwn() {
		flyway("classpath:db/migration", "classpath:db/demo").migrate();
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForList("""
				select h.host from agency_host h join agency a on a.id = h.agency_id
				where a.slug = 'bangsaothong' order by h.host""", String.class)).containsExactly("127.0.0.1", "localhost");
		assertThat(jdbc.queryForObject("""
				select count(*) from users u join agency a on a.id = u.agency_id where a.slug = 'bangsaothong'""",
				Integer.class)).isEqualTo(5);
	}

	/** Host names are kept lower case without a port; a username is unique within its agency only. */
	@Test
	void hostNamesAndUsernamesAreCheckedBySql() {
		flyway("classpath:db/migration", "classpath:db/demo").migrate();
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.update("insert into agency (slug, name) values ('second', 'อีกหน่วยงาน')");
		for (String bad : new String[] { "Second.Example", "second.example:8080", "second example", "second.example.",
				"-second", "a..b", "" }) {
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> jdbc.update(
						"insert into agency_host (host, agency_id) select ?, id from agency where slug = 'second'", bad))
				.as(bad)
				.hasMessageContaining("agency_host_format_ck");
		}
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> jdbc.update(
					"insert into agency_host (host, agency_id) select 'localhost', id from agency where slug = 'second'"))
			.hasMessageContaining("agency_host_pk");
		jdbc.update("insert into agency_host (host, agency_id) select '10.0.0.7', id from agency where slug = 'second'");
		jdbc.update("""
				insert into users (agency_id, username, display_name, password_hash)
				select id, 'demo.admin', 'อีกคน', 'x' from agency where slug = 'second'""");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> jdbc.update("""
					insert into users (agency_id, username, display_name, password_hash)
					select id, 'demo.admin', 'ซ้ำ', 'x' from agency where slug = 'second'"""))
			.hasMessageContaining("users_agency_username_uk");
		jdbc.update("insert into users (username, display_name, password_hash) values ('platform', 'แพลตฟอร์ม', 'x')");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> jdbc
				.update("insert into users (username, display_name, password_hash) values ('platform', 'ซ้ำ', 'x')"))
			.hasMessageContaining("users_platform_username_uk");
		jdbc.update("insert into user_role (user_id, role) select id, 'PLATFORM_ADMIN' from users where username = 'platform'");
	}

	@Test
	void everyForeignKeyIsIndexed() {
		flyway("classpath:db/migration").migrate();
		// A foreign key is covered when its columns lead some index of its table.
		var unindexed = new JdbcTemplate(this.dataSource).queryForList("""
				select c.conname from pg_constraint c
				where c.contype = 'f' and not exists (
				  select 1 from pg_index i where i.indrelid = c.conrelid
				  and string_to_array(i.indkey::text, ' ')::int2[] @> c.conkey
				  and array_position(string_to_array(i.indkey::text, ' ')::int2[], c.conkey[1]) = 1)""", String.class);
		assertThat(unindexed).isEmpty();
	}

}
