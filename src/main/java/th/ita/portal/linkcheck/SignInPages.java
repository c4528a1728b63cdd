package th.ita.portal.linkcheck;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pages that ask for sign-in instead of showing the document: the shared drives' permission pages.
 * An evaluator without the agency's account sees only the sign-in, so such a link is broken.
 */
final class SignInPages {

	private static final Set<String> SIGN_IN_HOSTS = Set.of("accounts.google.com", "login.microsoftonline.com",
			"login.live.com", "login.windows.net", "signup.live.com");

	/** A password field, or a form whose action signs in. */
	private static final Pattern SIGN_IN_FORM = Pattern.compile(
			"<input[^>]+type\\s*=\\s*[\"']?password|<form[^>]+action\\s*=\\s*[\"'][^\"']*(login|signin|sign-in|servicelogin|oauth2/authorize)",
			Pattern.CASE_INSENSITIVE);

	private SignInPages() {
	}

	static boolean signInHost(URI uri) {
		return uri.getHost() != null && SIGN_IN_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
	}

	static boolean signInStatus(int status) {
		return status == 401 || status == 403 || status == 407;
	}

	static boolean signInBody(byte[] body, int length, String contentType) {
		if (length == 0 || contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("html")) {
			return false;
		}
		return SIGN_IN_FORM.matcher(new String(body, 0, length, StandardCharsets.ISO_8859_1)).find();
	}

}
