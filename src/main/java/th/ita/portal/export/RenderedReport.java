package th.ita.portal.export;

import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;

import th.ita.portal.web.ETags;
import th.ita.portal.web.PublicCaching;

/**
 * The published report rendered once, with its validators: a strong ETag and the Last-Modified of
 * the last publish it shows. The ETag is the public pages' validator ({@link PublicCaching#etag}:
 * the download, the last publish, the language, the demo banner and this run) made strong with
 * a digest of these bytes ({@link ETags#ofBytes}), since a rendering is not byte-identical to
 * another of the same content (PDF and Word files carry the time they were made); the digest makes
 * two renderings two representations, as a strong ETag must.
 */
record RenderedReport(ExportFile file, String etag, long lastModified) {

	/** What an entry costs besides its bytes: the names, the key and the entry (an estimate). */
	static final int OVERHEAD = 512;

	static RenderedReport of(ExportFile file, String scope, Locale locale, PublicCaching caching) {
		String etag = ETags.ofBytes(caching.etag(scope, file.lastPublishedAt(), locale), file.bytes());
		return new RenderedReport(file, etag, caching.lastModified(file.lastPublishedAt()));
	}

	/** Its size in the cache's byte budget. */
	int weight() {
		return this.file.bytes().length + 2 * (this.file.filename().length() + this.etag.length()) + OVERHEAD;
	}

	/**
	 * The download, or a 304 when the reader's copy is current ({@code If-None-Match} or
	 * {@code If-Modified-Since}). Caches must ask again each time (a publish shows at once), and
	 * keep Thai and English apart (the language is in a cookie).
	 */
	ResponseEntity<byte[]> response(ServletWebRequest request) {
		if (request.checkNotModified(this.etag, this.lastModified)) {
			// Only the headers a cache updates its copy with (RFC 9110 15.4.5).
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
				.eTag(this.etag)
				.lastModified(this.lastModified)
				.cacheControl(CacheControl.noCache())
				.varyBy(HttpHeaders.COOKIE)
				.build();
		}
		return this.file.headers(ResponseEntity.ok(), "no-cache")
			.eTag(this.etag)
			.lastModified(this.lastModified)
			.contentLength(this.file.bytes().length)
			.body(this.file.bytes());
	}

}
