package th.ita.portal.linkcheck;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Addresses the portal never fetches: loopback, private (10/8, 172.16/12, 192.168/16, carrier-grade
 * NAT 100.64/10, unique local fc00::/7), link-local (169.254/16, fe80::/10, with the cloud
 * metadata addresses 169.254.169.254 and fd00:ec2::254), unspecified, multicast, broadcast and
 * reserved ranges; and the IPv6 forms that carry such an IPv4 address inside.
 */
final class UnsafeAddresses {

	private UnsafeAddresses() {
	}

	static boolean unsafe(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			return unsafeV4(b);
		}
		if (address instanceof Inet6Address) {
			return unsafeV6(b);
		}
		return true;
	}

	private static boolean unsafeV4(byte[] b) {
		int first = b[0] & 0xff;
		int second = b[1] & 0xff;
		return first == 0 // "this network"
				|| first == 10 || first == 127 || (first == 169 && second == 254)
				|| (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168)
				|| (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
				|| (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
				|| (first == 198 && (second == 18 || second == 19)) // benchmarking
				|| first >= 224; // multicast, reserved, broadcast
	}

	private static boolean unsafeV6(byte[] b) {
		int first = b[0] & 0xff;
		if ((first & 0xfe) == 0xfc || (first == 0xfe && (b[1] & 0xc0) == 0x80) || first == 0xff) {
			return true; // unique local (fd00:ec2::254 too), link-local, multicast
		}
		if (first == 0xfe && (b[1] & 0xc0) == 0xc0) {
			return true; // the old site-local fec0::/10
		}
		if (allZero(b, 0, 10) && ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || allZero(b, 10, 12))) {
			return unsafeV4(new byte[] { b[12], b[13], b[14], b[15] }); // ::ffff:a.b.c.d and ::a.b.c.d
		}
		if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
			return unsafeV4(new byte[] { b[12], b[13], b[14], b[15] }); // NAT64 64:ff9b::/96
		}
		if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
			return unsafeV4(new byte[] { b[2], b[3], b[4], b[5] }); // 6to4 2002::/16
		}
		return false;
	}

	private static boolean allZero(byte[] b, int from, int to) {
		for (int i = from; i < to; i++) {
			if (b[i] != 0) {
				return false;
			}
		}
		return true;
	}

	/** An address the portal will not connect to, found after resolving a name. */
	static final class Refused extends UnknownHostException {

		private static final long serialVersionUID = 1L;

		Refused(String host) {
			super(host);
		}

	}

}
