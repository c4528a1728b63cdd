package th.ita.portal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page. */
@ControllerAdvice
class PageModelAdvice {

	/** The path of this page (or of the page that failed), for the language switch's link back to it. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (original instanceof String path) ? path : request.getRequestURI();
		String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
		// Only a plain path of this site: "//host/x" or "/\\host" would lead the link off-site.
		return (path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")) ? path : "/";
	}

}
