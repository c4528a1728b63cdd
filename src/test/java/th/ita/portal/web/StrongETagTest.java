package th.ita.portal.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The strong ETag a kept page gets from the application's ETag: always one quoted opaque tag. */
class StrongETagTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"W/\"oit-1-th-2\" | \"oit-1-th-2\"", "\"oit-1-th-2\" | \"oit-1-th-2\"", "oit-1 | \"oit-1\"",
			"W/oit-1 | \"oit-1\"" })
	void strong(String etag, String expected) {
		assertThat(ETags.strong(etag)).isEqualTo(expected);
	}

}
