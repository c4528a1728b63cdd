package th.ita.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import th.ita.portal.evidence.EvidenceEditing;
import th.ita.portal.evidence.EvidenceUploads;
import th.ita.portal.publishing.YearPublisher;
import th.ita.portal.report.PublishedReports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal on a database and storage directory of its own, holding the {@link BudgetYears},
 * with a {@link StatementCounter}. Subclasses share one application context and one database.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BudgetTestBase {

	static final Path STORAGE = createStorage();

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("budgets"));
		registry.add("ita.storage-dir", STORAGE::toString);
	}

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	EvidenceEditing evidence;

	@Autowired
	EvidenceUploads uploads;

	@Autowired
	PublishedReports reports;

	@Autowired
	YearPublisher publisher;

	protected BudgetYears years;

	protected StatementCounter statements;

	@BeforeAll
	void buildYears() throws IOException {
		this.years = new BudgetYears(this.jdbc, this.evidence, this.uploads, this.reports, this.publisher);
		this.years.buildOnce();
		this.statements = new StatementCounter(this.entityManagerFactory);
		try (Stream<Path> files = Files.list(STORAGE)) {
			assertThat(files.count()).as("evidence files on disk").isEqualTo(BudgetYears.FILES);
		}
	}

	/** The statements a request costs; it must answer 200. */
	protected long cost(RequestBuilder request) throws Exception {
		return this.statements.count(() -> this.mvc.perform(request).andExpect(status().isOk()));
	}

	private static Path createStorage() {
		try {
			// Under target/, like the other tests' storage, so that a clean build removes it.
			return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "budget-storage-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
