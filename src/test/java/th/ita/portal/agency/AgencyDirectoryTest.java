package th.ita.portal.agency;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which agency a Host names, read from a real database with the demo agency (localhost,
 * 127.0.0.1) and a second agency at two host names, one of them an IPv6 literal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyDirectoryTest {

	String database;

	JdbcTemplate jdbc;

	long demo;

	long second;

	@BeforeAll
	void twoAgencies() {
		this.database = TestDatabase.create("ita_test_dir_" + UUID.randomUUID().toString().substring(0, 8));
		DriverManagerDataSource dataSource = new DriverManagerDataSource(TestDatabase.url(this.database),
				TestDatabase.user(), TestDatabase.password());
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/demo").load().migrate();
		this.jdbc = new JdbcTemplate(dataSource);
		this.second = this.jdbc.queryForObject(
				"insert into agency (slug, name) values ('second', 'หน่วยงานที่สอง') returning id", Long.class);
		this.jdbc.update("insert into agency_host (host, agency_id) values ('second.example.go.th', ?), ('::1', ?)",
				this.second, this.second);
		this.demo = this.jdbc.queryForObject("select id from agency where slug = 'bangsaothong'", Long.class);
	}

	@AfterAll
	void drop() {
		TestDatabase.drop(this.database);
	}

	AgencyDirectory directory(String defaultAgency, boolean demoOn) {
		return new AgencyDirectory(this.jdbc, defaultAgency, demoOn);
	}

	@Test
	void aHostIsFoundWhateverItsCaseItsPortOrATrailingDot() {
		AgencyDirectory agencies = directory("-", true);
		assertThat(agencies.byHost("localhost")).map(AgencyRef::id).contains(this.demo);
		assertThat(agencies.byHost("LocalHost:8080")).map(AgencyRef::id).contains(this.demo);
		assertThat(agencies.byHost("127.0.0.1:18100")).map(AgencyRef::id).contains(this.demo);
		assertThat(agencies.byHost("SECOND.example.go.th.")).map(AgencyRef::id).contains(this.second);
		assertThat(agencies.byHost("[::1]:8443")).map(AgencyRef::id).contains(this.second);
		assertThat(agencies.byHost("[::1]")).map(AgencyRef::slug).contains("second");
	}

	@Test
	void anUnknownHostIsNobodysWhenNoDefaultIsSet() {
		AgencyDirectory agencies = directory("-", true);
		assertThat(agencies.byHost("elsewhere.example")).isEmpty();
		assertThat(agencies.byHost("")).isEmpty();
		assertThat(agencies.byHost(null)).isEmpty();
		assertThat(agencies.byHost("localhost.evil.example")).isEmpty();
	}

	@Test
	void anUnknownHostIsTheDefaultAgencys() {
		assertThat(directory("second", true).byHost("elsewhere.example")).map(AgencyRef::id).contains(this.second);
		// Left empty: the demo agency while the demo is on; with two agencies and no demo, none.
		assertThat(directory("", true).byHost("elsewhere.example")).map(AgencyRef::id).contains(this.demo);
		assertThat(directory("", false).byHost("elsewhere.example")).isEmpty();
		// A slug that names no agency is no default at all.
		assertThat(directory("nobody", true).byHost("elsewhere.example")).isEmpty();
	}

	@Test
	void hostsListDomainNamesBeforeAddressesAndReloadSeesChanges() {
		AgencyDirectory agencies = directory("-", true);
		assertThat(agencies.hosts(this.demo)).containsExactly("localhost", "127.0.0.1");
		assertThat(agencies.byId(this.second)).map(AgencyRef::enabled).contains(true);
		this.jdbc.update("update agency set enabled = false where id = ?", this.second);
		try {
			assertThat(agencies.byId(this.second)).map(AgencyRef::enabled).contains(true);
			agencies.reload();
			assertThat(agencies.byHost("second.example.go.th")).map(AgencyRef::enabled).contains(false);
		}
		finally {
			this.jdbc.update("update agency set enabled = true where id = ?", this.second);
		}
	}

}
