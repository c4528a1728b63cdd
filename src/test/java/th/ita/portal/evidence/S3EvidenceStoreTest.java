package th.ita.portal.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.S3Server;
import th.ita.portal.user.Role;
import th.ita.portal.user.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Evidence kept in an S3-compatible bucket ({@code ITA_EVIDENCE_STORE=s3}), against a real S3
 * server the test starts (S3Proxy, see {@link S3Server}): uploads land in the bucket whole, with
 * the checksum as today; downloads stream from it; a store that cannot be reached gets a clear
 * message and keeps nothing, neither a row nor a file.
 */
@PortalTest
class S3EvidenceStoreTest {

	static final String BUCKET = "ita-evidence-test";

	static final S3Server S3 = startS3();

	static final Path INCOMING_ROOT = tempDir();

	static final String O1 = "/staff/2566/oit/o1/evidence";

	@DynamicPropertySource
	static void s3(DynamicPropertyRegistry registry) {
		registry.add("ita.evidence.store", () -> "s3");
		registry.add("ita.s3.endpoint", S3::endpoint);
		registry.add("ita.s3.bucket", () -> BUCKET);
		registry.add("ita.s3.access-key", () -> S3Server.ACCESS_KEY);
		registry.add("ita.s3.secret-key", () -> S3Server.SECRET_KEY);
		registry.add("ita.storage-dir", INCOMING_ROOT::toString);
	}

	@AfterAll
	static void stopS3() throws Exception {
		S3.close();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeEvidence() throws Exception {
		S3.start();
		this.jdbc.execute("delete from evidence_pub; delete from evidence;");
	}

	@Test
	void anUploadIsKeptWholeInTheBucketAndDownloadsStreamFromIt() throws Exception {
		byte[] pdf = TestFiles.pdf();
		upload(pdf).andExpectStatus(302);
		Map<String, Object> row = this.jdbc.queryForMap("select id, storage_key, sha256 from evidence");
		assertThat(S3.objects(BUCKET)).containsExactly((String) row.get("storage_key"));
		assertThat(incomingFiles()).isEmpty();

		MvcResult download = this.mvc.perform(get("/staff/evidence/{id}/download", row.get("id")).with(user(admin())))
			.andReturn();
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getResponse().getHeader("ETag")).isEqualTo("\"" + row.get("sha256") + "\"");
	}

	@Test
	void anUnreachableStoreGetsAClearMessageAndKeepsNothing() throws Exception {
		S3.stop();
		Upload refused = upload(TestFiles.pdf());
		refused.andExpectStatus(422);
		assertThat(refused.page()).contains("ขณะนี้ติดต่อที่เก็บไฟล์ไม่ได้");
		assertThat(this.jdbc.queryForObject("select count(*) from evidence", Integer.class)).isZero();
		assertThat(incomingFiles()).isEmpty();
		S3.start();
		assertThat(S3.objects(BUCKET)).isEmpty();
	}

	@Test
	void aDownloadWhileTheStoreIsUnreachableIsTheUnavailablePage() throws Exception {
		upload(TestFiles.pdf()).andExpectStatus(302);
		long id = this.jdbc.queryForObject("select id from evidence", Long.class);
		S3.stop();
		MvcResult download = this.mvc.perform(get("/staff/evidence/{id}/download", id).with(user(admin()))).andReturn();
		assertThat(download.getResponse().getStatus()).isEqualTo(503);
		assertThat(download.getResponse().getHeader("Retry-After")).isNotBlank();
	}

	Upload upload(byte[] content) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart(O1 + "/file").file(new MockMultipartFile("file", "report.pdf", "application/pdf", content))
				.param("title", "")
				.with(user(admin()))
				.with(csrf()))
			.andReturn();
		return new Upload(result);
	}

	record Upload(MvcResult result) {

		void andExpectStatus(int status) {
			assertThat(this.result.getResponse().getStatus()).as("status").isEqualTo(status);
		}

		String page() throws Exception {
			return this.result.getResponse().getContentAsString();
		}

	}

	static StaffPrincipal admin() {
		return new StaffPrincipal(102L, "admin", "ผู้ดูแลระบบ", "{noop}x", true, false, java.util.Set.of(Role.ADMIN),
				java.util.Set.of());
	}

	static java.util.List<Path> incomingFiles() throws Exception {
		Path incoming = INCOMING_ROOT.resolve("incoming");
		if (!Files.isDirectory(incoming)) {
			return java.util.List.of();
		}
		try (var files = Files.list(incoming)) {
			return files.toList();
		}
	}

	private static S3Server startS3() {
		try {
			return new S3Server(18190);
		}
		catch (Exception ex) {
			throw new IllegalStateException("S3Proxy could not start on 127.0.0.1:18190", ex);
		}
	}

	private static Path tempDir() {
		try {
			return Files.createTempDirectory("ita-s3-test");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
