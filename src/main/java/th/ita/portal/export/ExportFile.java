package th.ita.portal.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A finished export held in memory, so that nothing is sent before it is complete.
 *
 * @param filename      the name offered to the browser, Thai allowed
 * @param asciiFilename the same for browsers that do not read RFC 5987 names
 */
public record ExportFile(byte[] bytes, String filename, String asciiFilename, String contentType) {

	/** The download: its full length, type and an attachment name in UTF-8 (RFC 5987). */
	ResponseEntity<byte[]> response() {
		return response("private, no-store");
	}

	/**
	 * A public download: the published report. Caches must ask again each time (a publish shows at
	 * once), and keep Thai and English apart (the language is in a cookie).
	 */
	ResponseEntity<byte[]> publicResponse() {
		return response("no-cache");
	}

	private ResponseEntity<byte[]> response(String cacheControl) {
		String encoded = URLEncoder.encode(this.filename, StandardCharsets.UTF_8).replace("+", "%20");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, this.contentType)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + this.asciiFilename + "\"; filename*=UTF-8''" + encoded)
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, cacheControl)
			.header(HttpHeaders.VARY, "Cookie")
			.contentLength(this.bytes.length)
			.body(this.bytes);
	}

}
