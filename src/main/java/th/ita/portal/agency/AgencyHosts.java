package th.ita.portal.agency;

import java.util.Locale;

/** What the Host of a request names, written the way {@code agency_host} keeps it. */
final class AgencyHosts {

	private AgencyHosts() {
	}

	/**
	 * The host name alone, in lower case: without a port, a trailing dot or an IPv6 literal's
	 * brackets; {@code null} for nothing usable.
	 */
	static String normalise(String host) {
		if (host == null) {
			return null;
		}
		String name = host.strip().toLowerCase(Locale.ROOT);
		if (name.startsWith("[")) {
			int end = name.indexOf(']');
			name = (end > 0) ? name.substring(1, end) : "";
		}
		else if (name.indexOf(':') == name.lastIndexOf(':') && name.indexOf(':') >= 0) {
			name = name.substring(0, name.indexOf(':'));
		}
		while (name.endsWith(".")) {
			name = name.substring(0, name.length() - 1);
		}
		return (name.isEmpty() || name.length() > 253) ? null : name;
	}

	/** Whether a name is an IP literal rather than a domain name (domain names come first). */
	static boolean isLiteral(String host) {
		return host.contains(":") || host.matches("[0-9.]+");
	}

}
