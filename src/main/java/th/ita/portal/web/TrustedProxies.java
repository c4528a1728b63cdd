package th.ita.portal.web;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The proxies whose forwarded headers the portal believes ({@code ITA_TRUSTED_PROXIES}): IPv4
 * and IPv6 addresses and CIDR ranges, separated by commas or spaces. None by default.
 *
 * <p>Addresses are read as literals only: a host name, in the setting or in a header, is never
 * looked up (a forged header must not make the portal ask DNS anything), and is no address.
 */
final class TrustedProxies {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private final List<Range> ranges;

	private TrustedProxies(List<Range> ranges) {
		this.ranges = List.copyOf(ranges);
	}

	/**
	 * Reads the setting.
	 * @throws IllegalArgumentException naming the entry that is no address or range
	 */
	static TrustedProxies parse(String setting) {
		List<Range> ranges = new ArrayList<>();
		for (String entry : (setting == null) ? new String[0] : setting.trim().split("[,\\s]+")) {
			if (entry.isEmpty()) {
				continue;
			}
			ranges.add(Range.parse(entry));
		}
		return new TrustedProxies(ranges);
	}

	boolean isEmpty() {
		return this.ranges.isEmpty();
	}

	/** Whether an address (a literal, as Tomcat gives the peer's) belongs to a trusted proxy. */
	boolean contains(String address) {
		if (this.ranges.isEmpty()) {
			return false;
		}
		InetAddress parsed = literal(address);
		return parsed != null && contains(parsed);
	}

	boolean contains(InetAddress address) {
		for (Range range : this.ranges) {
			if (range.contains(address)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * An IPv4 or IPv6 literal (IPv6 possibly in brackets; an IPv4-mapped IPv6 address comes back
	 * as IPv4), or null for anything else: host names, ports, zone ids, out-of-range numbers.
	 */
	static InetAddress literal(String text) {
		if (text == null) {
			return null;
		}
		String value = text.trim();
		if (value.length() > 2 && value.startsWith("[") && value.endsWith("]")) {
			value = value.substring(1, value.length() - 1);
		}
		try {
			if (IPV4.matcher(value).matches()) {
				String[] parts = value.split("\\.");
				byte[] bytes = new byte[4];
				for (int i = 0; i < 4; i++) {
					int part = Integer.parseInt(parts[i]);
					if (part > 255) {
						return null;
					}
					bytes[i] = (byte) part;
				}
				return InetAddress.getByAddress(bytes);
			}
			if (value.length() <= 45 && IPV6.matcher(value).matches()) {
				// With a colon in it, Java reads the text as an IPv6 literal and never asks DNS.
				return InetAddress.getByName(value);
			}
		}
		catch (UnknownHostException ex) {
			return null;
		}
		return null;
	}

	/** One address or CIDR range. */
	private record Range(byte[] network, int prefix) {

		static Range parse(String entry) {
			int slash = entry.indexOf('/');
			InetAddress address = literal((slash < 0) ? entry : entry.substring(0, slash));
			if (address == null) {
				throw invalid(entry);
			}
			// "::ffff:10.0.0.0/104" is written as IPv6 but names IPv4 addresses; Java reads it as IPv4.
			boolean mapped = address instanceof Inet4Address && entry.contains(":");
			int bits = mapped ? 128 : address.getAddress().length * 8;
			int prefix = bits;
			if (slash >= 0) {
				String length = entry.substring(slash + 1);
				if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bits) {
					throw invalid(entry);
				}
				prefix = Integer.parseInt(length);
			}
			if (mapped) {
				prefix = Math.max(0, prefix - 96);
			}
			return new Range(mask(address.getAddress(), prefix), prefix);
		}

		boolean contains(InetAddress address) {
			byte[] bytes = address.getAddress();
			return bytes.length == this.network.length && Arrays.equals(mask(bytes, this.prefix), this.network);
		}

		private static byte[] mask(byte[] address, int prefix) {
			byte[] masked = address.clone();
			for (int i = 0; i < masked.length; i++) {
				int keep = Math.max(0, Math.min(8, prefix - i * 8));
				masked[i] = (byte) (masked[i] & (0xFF << (8 - keep)));
			}
			return masked;
		}

		private static IllegalArgumentException invalid(String entry) {
			return new IllegalArgumentException("ITA_TRUSTED_PROXIES (ita.trusted-proxies): '" + entry
					+ "' is not an IP address or CIDR range such as 10.0.0.5, 10.0.0.0/8 or fd00::/8");
		}

	}

}
