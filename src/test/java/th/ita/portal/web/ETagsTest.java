package th.ita.portal.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every ETag the portal sends, as {@link ETags} builds it. */
class ETagsTest {

	/** The strong ETag a kept page gets from the application's ETag: always one quoted opaque tag. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"W/\"oit-1-th-2\" | \"oit-1-th-2\"", "\"oit-1-th-2\" | \"oit-1-th-2\"", "oit-1 | \"oit-1\"",
			"W/oit-1 | \"oit-1\"" })
	void strong(String etag, String expected) {
		assertThat(ETags.strong(etag)).isEqualTo(expected);
	}

	@Test
	void theApplicationsETagIsWeak() {
		assertThat(ETags.weak("oit-1-th-2")).isEqualTo("W/\"oit-1-th-2\"");
	}

	/** The gzip copy of a kept page is another representation, with an ETag of its own. */
	@Test
	void anEncodingIsARepresentationOfItsOwn() {
		assertThat(ETags.encoded("W/\"oit-1-th-2\"", "gzip")).isEqualTo("\"oit-1-th-2-gzip\"");
		assertThat(ETags.encoded("\"oit-1-th-2\"", "gzip")).isEqualTo("\"oit-1-th-2-gzip\"");
	}

	/** Two renderings of the same report differ in their bytes (the time they were made), so in their ETags. */
	@Test
	void aRenderingsETagNamesWhatItShowsAndItsBytes() {
		byte[] one = "%PDF one".getBytes(StandardCharsets.US_ASCII);
		byte[] other = "%PDF other".getBytes(StandardCharsets.US_ASCII);
		String etag = ETags.ofBytes("W/\"report.pdf-thai-1-th-2\"", one);
		assertThat(etag).matches("\"report\\.pdf-thai-1-th-2-[0-9a-f]{16}\"");
		assertThat(ETags.ofBytes("W/\"report.pdf-thai-1-th-2\"", one.clone())).isEqualTo(etag);
		assertThat(ETags.ofBytes("W/\"report.pdf-thai-1-th-2\"", other)).isNotEqualTo(etag);
	}

}
