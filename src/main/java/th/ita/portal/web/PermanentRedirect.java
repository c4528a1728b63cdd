package th.ita.portal.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A permanent redirect (301) with a relative {@code Location}: an old or differently spelled address
 * of a page that has one permanent address (an item code in another case, for example).
 */
public final class PermanentRedirect {

	private PermanentRedirect() {
	}

	/** A 301 to {@code path}, a path inside the application starting with {@code /}. */
	public static RedirectView to(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		redirect.setExposeModelAttributes(false);
		return redirect;
	}

}
