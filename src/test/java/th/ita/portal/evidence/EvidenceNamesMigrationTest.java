package th.ita.portal.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V9 cleans the evidence titles and file names kept before names were cleaned on upload: a
 * database with dirty draft and published rows, migrated to just before V9, then to the end.
 */
class EvidenceNamesMigrationTest {

	static final String DEMO_AGENCY = "R__demo_agency_bangsaothong.sql";

	static final String THAI = "คำสั่งแต่งตั้งคณะทำงาน ที่ ๑๒/๒๕๖๖";

	String database;

	JdbcTemplate jdbc;

	/**
	 * Up to a target, the demo agency's report only: the other demo files (its hosts, its accounts)
	 * are written for the schema of today and run once the migrations reach it.
	 */
	Flyway flyway(String target) {
		var configuration = Flyway.configure().dataSource(this.jdbc.getDataSource());
		if (target == null) {
			return configuration.locations("classpath:db/migration", "classpath:db/demo").load();
		}
		return configuration.locations("classpath:db/migration", "filesystem:" + demoAgencyOnly())
			.target(target)
			.load();
	}

	static Path demoAgencyOnly() {
		try (InputStream agency = EvidenceNamesMigrationTest.class.getResourceAsStream("/db/demo/" + DEMO_AGENCY)) {
			Path directory = Files.createTempDirectory("ita-demo-agency");
			Files.copy(agency, directory.resolve(DEMO_AGENCY));
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@BeforeEach
	void databaseBeforeV9() {
		this.database = TestDatabase.create("ita_test_v9_" + UUID.randomUUID().toString().substring(0, 8));
		this.jdbc = new JdbcTemplate(new DriverManagerDataSource(TestDatabase.url(this.database), TestDatabase.user(),
				TestDatabase.password()));
		// The last migration before V9, whichever it is (other versions may come in between).
		String before = Arrays.stream(flyway(null).info().all())
			.map(MigrationInfo::getVersion)
			.filter(v -> v != null && v.compareTo(MigrationVersion.fromVersion("9")) < 0)
			.max(Comparator.naturalOrder())
			.orElseThrow()
			.getVersion();
		flyway(before).migrate();
		assertThat(this.jdbc.queryForObject("select count(*) from flyway_schema_history where version = '9'",
				Integer.class)).isZero();
	}

	@AfterEach
	void dropIt() {
		TestDatabase.drop(this.database);
	}

	void insert(String table, String kind, String title, String name, String url) {
		long disclosure = this.jdbc.queryForObject("select min(id) from oit_disclosure", Long.class);
		String key = "FILE".equals(kind) ? UUID.randomUUID().toString().replace("-", "") : null;
		if (table.equals("evidence")) {
			this.jdbc.update("""
					insert into evidence (disclosure_id, kind, title, url, storage_key, original_name, content_type,
					  size_bytes, sha256, position, created_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'test')""", disclosure, kind, title, url, key, name,
					key != null ? "application/pdf" : null, key != null ? 10L : null, key != null ? "ab" : null);
		}
		else {
			this.jdbc.update("""
					insert into evidence_pub (disclosure_id, evidence_id, kind, title, url, storage_key, original_name,
					  content_type, size_bytes, sha256, position, published_at, published_by)
					values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 1, now(), 'test')""", disclosure, kind, title, url, key, name,
					key != null ? "application/pdf" : null, key != null ? 10L : null, key != null ? "ab" : null);
		}
	}

	@Test
	void bidiZeroWidthAndControlCharactersAreRemovedAndThaiIsKept() {
		for (String table : new String[] { "evidence", "evidence_pub" }) {
			insert(table, "FILE", "\u202E" + THAI + "\u200B\u2066", "ราย\u200Bงาน\u202Efdp.exe\u0001", null);
			insert(table, "LINK", "ลิงก์\tข่าว\r\n\u00A0\u3000ประชาสัมพันธ์\uFEFF", null, "https://www.example.go.th/");
			insert(table, "LINK", "\u200B\u202E", null, "https://www.example.go.th/only-invisible");
			insert(table, "FILE", THAI, THAI + ".pdf", null);
		}

		flyway(null).migrate();

		for (String table : new String[] { "evidence", "evidence_pub" }) {
			assertThat(this.jdbc.queryForList("select title from " + table + " order by id", String.class)).as(table)
				.containsExactly(THAI, "ลิงก์ ข่าว ประชาสัมพันธ์", "https://www.example.go.th/only-invisible", THAI);
			assertThat(this.jdbc.queryForList("select original_name from " + table + " order by id", String.class))
				.as(table)
				.containsExactly("รายงานfdp.exe", null, null, THAI + ".pdf");
		}
	}

}
