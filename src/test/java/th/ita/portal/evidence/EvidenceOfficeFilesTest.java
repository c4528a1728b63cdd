package th.ita.portal.evidence;

import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Word and Excel files are told apart by what their packages hold, never by their names: macros,
 * ActiveX controls and templates fetched from elsewhere are refused however the file is named, a
 * damaged or inflating ZIP gets a clear refusal, and a kept file is named for the type it is.
 */
class EvidenceOfficeFilesTest extends EvidenceTestBase {

	String refusal(String name, byte[] content) throws Exception {
		MvcResult result = upload(palad(), O1, name, content).andExpect(status().isUnprocessableContent()).andReturn();
		assertThat(evidenceRows()).as(name + " kept as a row").isZero();
		assertThat(storedFiles()).as(name + " left on disk").isEmpty();
		return Jsoup.parse(result.getResponse().getContentAsString()).getElementById("file-error").text();
	}

	@Nested
	class ActiveContent {

		static Stream<Arguments> filesThatCanRunCode() {
			return Stream.of(Arguments.of("real.docm", (Supplier<byte[]>) OfficeFiles::docm),
					Arguments.of("real.docx", (Supplier<byte[]>) OfficeFiles::docm),
					Arguments.of("budget.xlsm", (Supplier<byte[]>) OfficeFiles::xlsm),
					Arguments.of("budget.xlsx", (Supplier<byte[]>) OfficeFiles::xlsm),
					Arguments.of("form.docx", (Supplier<byte[]>) OfficeFiles::docxWithActiveX),
					Arguments.of("hidden.xlsx", (Supplier<byte[]>) OfficeFiles::xlsxWithHiddenMacroPart),
					Arguments.of("beside.xlsx", (Supplier<byte[]>) OfficeFiles::xlsxWithVbaProjectPart),
					Arguments.of("excel4.xlsx", (Supplier<byte[]>) OfficeFiles::xlsxWithMacroSheet),
					Arguments.of("template.docx", (Supplier<byte[]>) OfficeFiles::docxWithRemoteTemplate));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("filesThatCanRunCode")
		void isRefusedWithAMessageThatSaysWhyAndWhatToDo(String name, Supplier<byte[]> file) throws Exception {
			assertThat(refusal(name, file.get())).contains("มาโคร").contains("ActiveX").contains(".docx").contains(".xlsx");
		}

	}

	@Test
	void powerPointIsNotAnAcceptedType() throws Exception {
		assertThat(refusal("slides.pptx", OfficeFiles.pptx())).contains("ไม่รับไฟล์ชนิดนี้")
			.contains("PDF, DOCX, XLSX, PNG, JPEG");
	}

	@Nested
	class DamagedOrInflating {

		static Stream<Arguments> files() {
			return Stream.of(Arguments.of("bomb.docx", (Supplier<byte[]>) OfficeFiles::docxWithZipBomb),
					Arguments.of("truncated.docx", (Supplier<byte[]>) OfficeFiles::truncatedDocx),
					Arguments.of("corrupted.docx", (Supplier<byte[]>) OfficeFiles::corruptedDocx));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("files")
		void getsAClearRefusalNotAnError(String name, Supplier<byte[]> file) throws Exception {
			assertThat(refusal(name, file.get())).satisfiesAnyOf(
					error -> assertThat(error).contains("ตรวจไฟล์นี้ไม่ได้"),
					error -> assertThat(error).contains("ไม่รับไฟล์ชนิดนี้"));
		}

		@Test
		void aZipBombIsRefusedAsUnreadable() throws Exception {
			assertThat(refusal("bomb.docx", OfficeFiles.docxWithZipBomb())).contains("ตรวจไฟล์นี้ไม่ได้");
		}

		@Test
		void aDocumentWhoseDataWasOverwrittenIsRefusedAsUnreadable() throws Exception {
			assertThat(refusal("corrupted.docx", OfficeFiles.corruptedDocx())).contains("ตรวจไฟล์นี้ไม่ได้");
		}

	}

	@Nested
	class Named {

		MockHttpServletResponse keptAndDownloaded(String name, byte[] content) throws Exception {
			upload(palad(), O1, name, content).andExpect(status().isFound());
			long id = EvidenceOfficeFilesTest.this.jdbc.queryForObject("select id from evidence", Long.class);
			return EvidenceOfficeFilesTest.this.mvc.perform(get("/staff/evidence/{id}/download", id).with(user(palad())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
		}

		String storedName() {
			return EvidenceOfficeFilesTest.this.jdbc.queryForObject("select original_name from evidence", String.class);
		}

		@Test
		void aPlainWordDocumentUploadedAsDocmIsKeptAndServedAsDocx() throws Exception {
			MockHttpServletResponse download = keptAndDownloaded("real.docm", OfficeFiles.docx());
			assertThat(storedName()).isEqualTo("real.docx");
			assertThat(download.getHeader("Content-Disposition")).contains("real.docx").doesNotContain("docm");
			assertThat(download.getContentType())
				.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		}

		@Test
		void aPdfNamedAsAProgramGetsThePdfExtension() throws Exception {
			keptAndDownloaded("รายงาน.exe", TestFiles.pdf());
			assertThat(storedName()).isEqualTo("รายงาน.pdf");
		}

		@Test
		void aNameWithoutExtensionGetsTheTypesOne() throws Exception {
			keptAndDownloaded("งบประมาณ", OfficeFiles.xlsx());
			assertThat(storedName()).isEqualTo("งบประมาณ.xlsx");
		}

		@Test
		void aNumberAfterTheLastDotIsNotTakenForAnExtension() throws Exception {
			keptAndDownloaded("คำสั่งฉบับที่ 1.5", TestFiles.pdf());
			assertThat(storedName()).isEqualTo("คำสั่งฉบับที่ 1.5.pdf");
		}

		@Test
		void anExtensionOfTheRightTypeIsKeptAsTyped() throws Exception {
			keptAndDownloaded("ภาพกิจกรรม.JPEG", TestFiles.jpeg());
			assertThat(storedName()).isEqualTo("ภาพกิจกรรม.JPEG");
		}

		@Test
		void realWordAndExcelFilesAreAccepted() throws Exception {
			keptAndDownloaded("คำสั่ง.docx", OfficeFiles.docx());
			EvidenceOfficeFilesTest.this.removeEvidence();
			keptAndDownloaded("งบ.xlsx", OfficeFiles.xlsx());
			assertThat(storedName()).isEqualTo("งบ.xlsx");
		}

	}

}
