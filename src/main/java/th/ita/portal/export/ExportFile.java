package th.ita.portal.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A finished export held in memory, so that nothing is sent before it is complete.
 *
 * @param filename        the name offered to the browser, Thai allowed
 * @param asciiFilename   the same for browsers that do not read RFC 5987 names
 * @param lastPublishedAt when anything of the report was last published (null before the first
 *                        publish), read with its content
 */
public record ExportFile(byte[] bytes, String filename, String asciiFilename, String contentType,
		Instant lastPublishedAt) {

	/** The download: its full length, type and an attachment name in UTF-8 (RFC 5987). */
	ResponseEntity<byte[]> response() {
		return headers(ResponseEntity.ok(), "private, no-store").contentLength(this.bytes.length).body(this.bytes);
	}

	/** The headers of a download, for a response of the given status. */
	<B extends ResponseEntity.HeadersBuilder<B>> B headers(B response, String cacheControl) {
		String encoded = URLEncoder.encode(this.filename, StandardCharsets.UTF_8).replace("+", "%20");
		return response.header(HttpHeaders.CONTENT_TYPE, this.contentType)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + this.asciiFilename + "\"; filename*=UTF-8''" + encoded)
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, cacheControl)
			.header(HttpHeaders.VARY, "Cookie");
	}

}
