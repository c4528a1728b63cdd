package th.ita.portal.evidence;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

import th.ita.portal.common.NotFoundException;
import th.ita.portal.framework.ItemCodes;
import th.ita.portal.security.BrowserPolicies;

/**
 * Serves evidence files: drafts to signed-in staff (audited), published ones to everyone.
 * Files are sent with their checked type, never sniffed, and sandboxed so a file can run nothing
 * in the portal's origin; the name offered is cleaned again ({@link EvidenceInput#fileName}), so a
 * file kept before names were cleaned on upload is offered clean too.
 */
@Controller
class EvidenceDownloadController {

	private final EvidenceDownloads downloads;

	private final EvidenceStorage storage;

	EvidenceDownloadController(EvidenceDownloads downloads, EvidenceStorage storage) {
		this.downloads = downloads;
		this.storage = storage;
	}

	@GetMapping("/staff/evidence/{id:\\d+}/download")
	ResponseEntity<Resource> staff(@PathVariable long id) {
		StoredFile file = this.downloads.draftFile(id);
		return send(file, CacheControl.noStore().cachePrivate());
	}

	@GetMapping("/ita/{year:\\d{4}}/oit/" + ItemCodes.CODE_VARIABLE + "/evidence/{id:\\d+}")
	ResponseEntity<Resource> published(@PathVariable int year, @PathVariable String code, @PathVariable long id,
			WebRequest request) {
		EvidenceDownloads.PublishedFile found = this.downloads.publishedFile(year, code, id);
		if (!ItemCodes.isOwnSpelling(code, found.code())) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create("/ita/" + year + "/oit/" + found.code() + "/evidence/" + id))
				.build();
		}
		StoredFile file = found.file();
		if (request.checkNotModified(etag(file))) {
			return asFile(ResponseEntity.status(HttpStatus.NOT_MODIFIED)).eTag(etag(file))
				.cacheControl(CacheControl.noCache())
				.build();
		}
		return send(file, CacheControl.noCache());
	}

	private ResponseEntity<Resource> send(StoredFile file, CacheControl cache) {
		Resource content = this.storage.open(file.getStorageKey());
		if (content == null) {
			throw new NotFoundException("stored file " + file.getStorageKey());
		}
		ContentDisposition disposition = (file.getType().inline() ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(EvidenceInput.fileName(file.getOriginalName(), file.getType()), StandardCharsets.UTF_8)
			.build();
		return asFile(ResponseEntity.ok()).contentType(MediaType.parseMediaType(file.getContentType()))
			.contentLength(file.getSizeBytes())
			.eTag(etag(file))
			.cacheControl(cache)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(content);
	}

	/**
	 * Never sniffed, and sandboxed with nothing to load. A 304 carries the same: its headers replace
	 * those the browser kept with the file.
	 */
	private static <B extends ResponseEntity.HeadersBuilder<B>> B asFile(B response) {
		return response.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", BrowserPolicies.FILE_POLICY);
	}

	private static String etag(StoredFile file) {
		return "\"" + file.getSha256() + "\"";
	}

}
