package th.ita.portal.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import th.ita.portal.support.Instance;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances started at the same moment on an empty database without demo data (ports 18173
 * and 18174): Flyway's lock lets one migrate while the other waits, and the platform operator's
 * advisory lock lets one create {@code platform.admin} while the other finds it. One of each. (With
 * no agency yet, no agency's first admin is made at start-up: the operator makes it at /platform.)
 */
class ParallelStartTest {

	@Test
	void twoInstancesStartingTogetherOnAnEmptyDatabaseMakeOneFirstAdminAndOneMigrationRun() throws Exception {
		String url = TestDatabase.freshUrl("parallel");
		Path storage = Files.createTempDirectory("ita-parallel-test");
		List<Instance> both = Instance.startTogether(url, List.of(18173, 18174), "ita.demo=false",
				"ita.storage-dir=" + storage, "ita.admin-password=first-admin-pass-1",
				"ita.platform-admin.password=platform-pass-2569");
		try {
			JdbcTemplate db = new JdbcTemplate(new DriverManagerDataSource(url, TestDatabase.user(), TestDatabase.password()));
			assertThat(db.queryForObject("select count(*) from users", Integer.class)).as("accounts").isEqualTo(1);
			assertThat(db.queryForObject("select count(*) from audit_log where action = 'USER_CREATED'", Integer.class))
				.as("first admins created").isEqualTo(1);
			assertThat(db.queryForList("select version from flyway_schema_history where version is not null "
					+ "group by version having count(*) > 1", String.class)).as("migrations run twice").isEmpty();
			assertThat(db.queryForObject("select count(*) from flyway_schema_history where version = '30' and success",
					Integer.class)).isEqualTo(1);
		}
		finally {
			both.forEach(Instance::close);
		}
	}

}
