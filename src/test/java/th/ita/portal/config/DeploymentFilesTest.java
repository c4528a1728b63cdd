package th.ita.portal.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot be run on these machines (no Docker engine), so its shape is checked
 * here: a PostgreSQL service with a volume and a health check, and the app waiting for it.
 */
class DeploymentFilesTest {

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object o) {
		return (Map<String, Object>) o;
	}

	@Test
	void composeRunsPostgresAndTheAppWaitingForIt() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
		Map<String, Object> services = map(compose.get("services"));
		Map<String, Object> db = map(services.get("db"));
		assertThat((String) db.get("image")).startsWith("postgres:");
		assertThat(map(db.get("healthcheck")).get("test").toString()).contains("pg_isready");
		assertThat((List<?>) db.get("volumes")).anySatisfy(v -> assertThat(v.toString()).startsWith("db-data:"));

		Map<String, Object> app = map(services.get("app"));
		assertThat(app.get("build")).isEqualTo(".");
		assertThat(map(map(app.get("depends_on")).get("db")).get("condition")).isEqualTo("service_healthy");
		assertThat(map(app.get("environment"))).containsKeys("ITA_DB_URL", "ITA_DB_USER", "ITA_DB_PASSWORD",
				"ITA_STORAGE_DIR");
		// Forwarded headers are trusted from no one unless the operator names the proxy.
		assertThat(map(app.get("environment"))).containsEntry("ITA_TRUSTED_PROXIES", "${ITA_TRUSTED_PROXIES:-}");
		assertThat((List<?>) app.get("volumes")).anySatisfy(v -> assertThat(v.toString()).startsWith("storage:"));
		assertThat(map(compose.get("volumes"))).containsKeys("db-data", "storage");
	}

	@Test
	void theClusterProfileRunsTwoInstancesBehindNginxOnOneDatabaseCheckingReadiness() throws IOException {
		Map<String, Object> services = map(
				map(new Yaml().load(Files.readString(Path.of("docker-compose.yml")))).get("services"));
		for (String name : List.of("app1", "app2")) {
			Map<String, Object> app = map(services.get(name));
			assertThat(app.get("profiles")).as(name).isEqualTo(List.of("cluster"));
			assertThat(map(app.get("environment"))).as(name).containsEntry("ITA_DB_URL", "jdbc:postgresql://db:5432/ita");
			assertThat(map(app.get("healthcheck")).get("test").toString()).contains("/actuator/health/readiness");
		}
		Map<String, Object> lb = map(services.get("lb"));
		assertThat(lb.get("profiles")).isEqualTo(List.of("cluster"));
		assertThat((List<?>) lb.get("volumes"))
			.anySatisfy(v -> assertThat(v.toString()).startsWith("./deploy/nginx-cluster.conf:"));
		String nginx = Files.readString(Path.of("deploy/nginx-cluster.conf"));
		assertThat(nginx).contains("server app1:8080", "server app2:8080", "proxy_set_header X-Forwarded-Proto");
	}

	@Test
	void forwardedHeadersAreTrustedFromNoProxyByDefault() throws IOException {
		Properties properties = new Properties();
		try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
			properties.load(in);
		}
		assertThat(properties.getProperty("ita.trusted-proxies")).isEqualTo("${ITA_TRUSTED_PROXIES:}");
		// Boot's own proxy valve would trust every private and loopback address.
		assertThat(properties.getProperty("server.forward-headers-strategy")).isEqualTo("none");
	}

	@Test
	void dockerfileBuildsWithTheWrapperAndRunsAsAPlainUser() throws IOException {
		String dockerfile = Files.readString(Path.of("Dockerfile"));
		assertThat(dockerfile).contains("./mvnw").contains("USER ita").contains("FROM eclipse-temurin:17-jre");
	}

	@Test
	void ciStartsPostgresThenRunsTheReadmesTestCommand() throws IOException {
		String ci = Files.readString(Path.of(".ci/run"));
		String readme = Files.readString(Path.of("README.md"));
		assertThat(ci).contains("pg_ctlcluster").contains("apt-get install").endsWith("exec ./mvnw -B verify\n");
		assertThat(readme).contains("./mvnw spring-boot:run").contains("./mvnw verify");
	}

}
