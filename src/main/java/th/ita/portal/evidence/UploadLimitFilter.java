package th.ita.portal.evidence;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Reads an evidence upload before anything else does. Tomcat refuses a multipart request over
 * {@code spring.servlet.multipart.*} the first time anyone reads a parameter, and the first to
 * read one is the CSRF filter, which would turn it into a bare 413. Here the uploader is instead
 * sent back to the evidence page, which says the limit. Registered ahead of Spring Security by
 * {@link UploadLimitConfig}.
 */
class UploadLimitFilter extends OncePerRequestFilter {

	static final Pattern EVIDENCE_UPLOAD = Pattern.compile("/staff/(\\d{4})/oit/(o\\d{1,3})/evidence/file");

	/** The flash attribute the evidence page reads: the limit in bytes. */
	static final String FLASH = "uploadError";

	private final DataSize maxSize;

	UploadLimitFilter(DataSize maxSize) {
		this.maxSize = maxSize;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/")
				|| !EVIDENCE_UPLOAD.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException | IOException | ServletException ex) {
			if (!tooLarge(ex)) {
				// Broken otherwise (no boundary, cut short): the next filter answers 400.
				chain.doFilter(request, response);
				return;
			}
			Matcher upload = EVIDENCE_UPLOAD.matcher(path(request));
			upload.matches();
			String page = "/staff/" + upload.group(1) + "/oit/" + upload.group(2) + "/evidence";
			if (request.getSession(false) != null) {
				FlashMap flash = new FlashMap();
				flash.put(FLASH, this.maxSize.toBytes());
				flash.setTargetRequestPath(request.getContextPath() + page);
				new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
			}
			response.sendRedirect(request.getContextPath() + page);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean tooLarge(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t.getClass().getSimpleName().contains("SizeLimitExceeded")
					|| t.getClass().getSimpleName().contains("SizeException")) {
				return true;
			}
		}
		return false;
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
