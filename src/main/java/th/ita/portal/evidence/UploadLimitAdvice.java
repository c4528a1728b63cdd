package th.ita.portal.evidence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload larger than the servlet container accepts fails before any controller runs. The
 * uploader is sent back to the evidence page with a message saying the limit, never a 500.
 */
@ControllerAdvice
class UploadLimitAdvice {

	static final Pattern EVIDENCE_UPLOAD = Pattern.compile("/staff/(\\d{4})/oit/(o\\d{1,3})/evidence/file");

	private final DataSize maxSize;

	private final FileSizes sizes;

	UploadLimitAdvice(@Value("${ita.upload.max-size}") DataSize maxSize, FileSizes sizes) {
		this.maxSize = maxSize;
		this.sizes = sizes;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher upload = EVIDENCE_UPLOAD.matcher(path);
		if (upload.matches()) {
			RequestContextUtils.getOutputFlashMap(request).put("uploadError", this.sizes.format(this.maxSize.toBytes()));
			return new ModelAndView("redirect:/staff/" + upload.group(1) + "/oit/" + upload.group(2) + "/evidence");
		}
		ModelAndView page = new ModelAndView("error/4xx");
		page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
		return page;
	}

}
