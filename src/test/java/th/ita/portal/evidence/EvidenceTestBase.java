package th.ita.portal.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import th.ita.portal.support.PortalTest;
import th.ita.portal.user.Role;
import th.ita.portal.user.StaffPrincipal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The portal on PostgreSQL with a storage directory of its own. Demo item o1 belongs to
 * สำนักปลัด, o19 to กองคลัง.
 */
@PortalTest
abstract class EvidenceTestBase {

	static final Path STORAGE = createStorage();

	static final String O1 = "/staff/2566/oit/o1/evidence";

	static final String O19 = "/staff/2566/oit/o19/evidence";

	@DynamicPropertySource
	static void storage(DynamicPropertyRegistry registry) {
		registry.add("ita.storage-dir", STORAGE::toString);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeEvidence() throws IOException {
		this.jdbc.execute("delete from evidence_pub; delete from evidence;");
		for (Path file : storedFiles()) {
			Files.delete(file);
		}
	}

	StaffPrincipal editorOf(String unit) {
		Long unitId = this.jdbc.queryForObject("select id from unit where name = ?", Long.class, unit);
		return new StaffPrincipal(100L, "editor-" + unitId, "ผู้แก้ไข " + unit, "{noop}x", true, false,
				Set.of(Role.EDITOR), Set.of(unitId));
	}

	StaffPrincipal auditor() {
		return new StaffPrincipal(101L, "auditor", "ผู้ตรวจสอบ", "{noop}x", true, false, Set.of(Role.AUDITOR), Set.of());
	}

	StaffPrincipal admin() {
		return new StaffPrincipal(102L, "admin", "ผู้ดูแลระบบ", "{noop}x", true, false, Set.of(Role.ADMIN), Set.of());
	}

	StaffPrincipal palad() {
		return editorOf("สำนักปลัด");
	}

	ResultActions upload(StaffPrincipal as, String page, String name, byte[] content) throws Exception {
		return upload(as, page, name, content, "");
	}

	ResultActions upload(StaffPrincipal as, String page, String name, byte[] content, String title) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart(page + "/file")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content));
		return this.mvc.perform(request.param("title", title).with(user(as)).with(csrf()));
	}

	ResultActions addLink(StaffPrincipal as, String page, String title, String url) throws Exception {
		return this.mvc.perform(post(page + "/link").param("title", title).param("url", url).with(user(as)).with(csrf()));
	}

	long evidenceId(String title) {
		return this.jdbc.queryForObject("select id from evidence where title = ?", Long.class, title);
	}

	int evidenceRows() {
		return this.jdbc.queryForObject("select count(*) from evidence", Integer.class);
	}

	/** The files in the storage directory, temporary ones included. */
	static List<Path> storedFiles() {
		try (Stream<Path> files = Files.list(STORAGE)) {
			return files.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path createStorage() {
		try {
			Path dir = Files.createTempDirectory("ita-evidence-test");
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
