package th.ita.portal.web.cache;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which {@code Accept-Encoding} headers get the cached page's gzip bytes. */
class AcceptsGzipTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "NULL", value = {
			"gzip, deflate, br, zstd | true", "gzip | true", "GZIP | true", "x-gzip | true",
			"br;q=1.0, gzip;q=0.8, *;q=0.1 | true", "gzip; q=0.001 | true", "* | true", "identity, * | true",
			"NULL | false", "'' | false", "identity | false", "br, deflate | false", "gzip;q=0 | false",
			"gzip; q=0.000 | false", "gzip;q=0, * | false", "*;q=0 | false", "gzipx | false" })
	void acceptsGzip(String header, boolean accepted) {
		assertThat(Gzip.accepts(header)).as(String.valueOf(header)).isEqualTo(accepted);
	}

}
