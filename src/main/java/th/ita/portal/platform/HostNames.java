package th.ita.portal.platform;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A host name as the platform keeps it: lower case, without a port or a trailing dot, letters,
 * digits and hyphens in dot-separated labels (an IPv4 address is such a name too). What a platform
 * admin types is normalised the same way a request's Host is, so that one agency's address is one
 * row whatever the case or port it was typed with.
 */
final class HostNames {

	static final int MAX_LENGTH = 253;

	private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

	private HostNames() {
	}

	/** The host name in its kept form, or null when the text is not a host name. */
	static String normalise(String typed) {
		if (typed == null) {
			return null;
		}
		String host = typed.strip().toLowerCase(Locale.ROOT);
		int colon = host.indexOf(':');
		if (colon >= 0) {
			String port = host.substring(colon + 1);
			if (!port.matches("[0-9]{1,5}")) {
				return null;
			}
			host = host.substring(0, colon);
		}
		if (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		if (host.isEmpty() || host.length() > MAX_LENGTH) {
			return null;
		}
		for (String label : host.split("\\.", -1)) {
			if (!LABEL.matcher(label).matches()) {
				return null;
			}
		}
		return host;
	}

}
