package th.ita.portal.evidence;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With a tiny limit: a larger file is refused with a message that says the limit. */
@TestPropertySource(properties = "ita.upload.max-size=1KB")
class EvidenceUploadLimitTest extends EvidenceTestBase {

	@Test
	void aFileOverTheLimitIsRefusedWithAMessageNotAnError() throws Exception {
		byte[] big = new byte[2048];
		byte[] pdf = TestFiles.pdf();
		System.arraycopy(pdf, 0, big, 0, pdf.length);
		String html = upload(palad(), O1, "big.pdf", big).andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).getElementById("file-error").text())
			.isEqualTo("ไฟล์ใหญ่เกินไป ขนาดไฟล์ต้องไม่เกิน 1 กิโลไบต์ ระบบไม่ได้บันทึกไฟล์นี้");
		assertThat(evidenceRows()).isZero();
		assertThat(storedFiles()).isEmpty();
	}

	@Test
	void aFileWithinTheLimitIsKept() throws Exception {
		upload(palad(), O1, "small.pdf", TestFiles.pdf()).andExpect(status().isFound());
		assertThat(evidenceRows()).isEqualTo(1);
	}

}
