package th.ita.portal.evidence;

import java.io.IOException;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Reads an evidence upload before anything else does. Tomcat refuses a multipart request over
 * {@code spring.servlet.multipart.*} the first time anyone reads a parameter, and the first to
 * read one is the CSRF filter, which would turn it into a bare 413. Here the uploader is instead
 * sent back to the evidence page, which says the limit. The same for a file name that cannot be
 * read: Tomcat refuses the whole request when the name holds a NUL or makes the part's headers
 * longer than {@code server.tomcat.max-part-header-size}, and Spring when its {@code filename*}
 * has a broken encoding or an unknown charset (the first and last were 500s). Registered ahead
 * of Spring Security by {@link UploadLimitConfig}.
 */
class UploadLimitFilter extends OncePerRequestFilter {

	static final Pattern EVIDENCE_UPLOAD = Pattern.compile("/staff/(\\d{4})/oit/(o\\d{1,3})/evidence/file");

	/** The flash attribute the evidence page reads: the limit in bytes. */
	static final String FLASH = "uploadError";

	/** The flash attribute the evidence page reads when the file's name could not be read. */
	static final String NAME_FLASH = "uploadNameError";

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
		boolean readableNames;
		try {
			readableNames = readableFileNames(request.getParts());
		}
		catch (IllegalStateException | IOException | ServletException ex) {
			if (unreadableName(ex)) {
				readableNames = false;
			}
			else if (tooLarge(ex)) {
				sendBack(request, response, FLASH, this.maxSize.toBytes());
				return;
			}
			else {
				// Broken otherwise (no boundary, cut short): the next filter answers 400.
				chain.doFilter(request, response);
				return;
			}
		}
		if (!readableNames) {
			sendBack(request, response, NAME_FLASH, Boolean.TRUE);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Tomcat's refusal of a part's name: a NUL in it ({@code InvalidFileNameException}), or part
	 * headers longer than {@code server.tomcat.max-part-header-size}, which only a very long name makes.
	 */
	private static boolean unreadableName(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String message = (t.getMessage() != null) ? t.getMessage() : "";
			if (t.getClass().getSimpleName().equals("InvalidFileNameException")
					|| (t.getClass().getSimpleName().contains("SizeLimitExceeded") && message.startsWith("Header section"))) {
				return true;
			}
		}
		return false;
	}

	/** Whether Spring can read every part's Content-Disposition, as it will when it binds the form. */
	private static boolean readableFileNames(Collection<Part> parts) {
		for (Part part : parts) {
			String disposition = part.getHeader(HttpHeaders.CONTENT_DISPOSITION);
			try {
				if (disposition != null) {
					ContentDisposition.parse(disposition);
				}
			}
			catch (RuntimeException ex) {
				return false;
			}
		}
		return true;
	}

	/** Back to the evidence page, which says what was wrong (a flash attribute, in the session if there is one). */
	private static void sendBack(HttpServletRequest request, HttpServletResponse response, String attribute,
			Object value) throws IOException {
		Matcher upload = EVIDENCE_UPLOAD.matcher(path(request));
		upload.matches();
		String page = "/staff/" + upload.group(1) + "/oit/" + upload.group(2) + "/evidence";
		if (request.getSession(false) != null) {
			FlashMap flash = new FlashMap();
			flash.put(attribute, value);
			flash.setTargetRequestPath(request.getContextPath() + page);
			new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
		}
		response.sendRedirect(request.getContextPath() + page);
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
