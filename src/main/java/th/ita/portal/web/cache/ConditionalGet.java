package th.ita.portal.web.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Conditional GET of a kept page, by Spring's own rules ({@link ServletWebRequest#checkNotModified}:
 * If-None-Match compares weakly, If-Modified-Since only without it). Most readers send no
 * validator at all, so those skip building the request wrapper and its header parsing.
 */
final class ConditionalGet {

	private ConditionalGet() {
	}

	/** Whether the reader's copy is current; the response is then already a 304 with the validators. */
	static boolean notModified(HttpServletRequest request, HttpServletResponse response, String etag,
			long lastModified) {
		return conditional(request) && new ServletWebRequest(request, response).checkNotModified(etag, lastModified);
	}

	private static boolean conditional(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
				|| request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null
				|| request.getHeader(HttpHeaders.IF_MATCH) != null
				|| request.getHeader(HttpHeaders.IF_UNMODIFIED_SINCE) != null;
	}

}
