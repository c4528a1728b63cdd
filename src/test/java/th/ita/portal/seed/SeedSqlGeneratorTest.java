package th.ita.portal.seed;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed seed migrations are exactly what the seed tool (tools/seed) writes from the seed,
 * so neither can drift from the other. {@code tools/seed/generate.sh --check} says the same
 * without Maven.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedSqlGeneratorTest {

	SeedReport seed;

	@BeforeAll
	void parse() throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/seed/bangsaothong-2566.txt")) {
			this.seed = SeedReport.parse(in);
		}
	}

	@Test
	void frameworkMigrationIsWhatTheGeneratorWrites() throws Exception {
		assertThat(SeedSqlGenerator.frameworkSql(this.seed)).isEqualTo(committed(SeedSqlGenerator.FRAMEWORK_SQL));
	}

	@Test
	void demoAgencyMigrationIsWhatTheGeneratorWrites() throws Exception {
		assertThat(SeedSqlGenerator.demoSql(this.seed)).isEqualTo(committed(SeedSqlGenerator.DEMO_SQL));
	}

	private static String committed(String file) throws Exception {
		return Files.readString(Path.of(file), StandardCharsets.UTF_8);
	}

}
