package th.ita.portal.linkcheck;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves a name once, refuses it if ANY of its addresses is unsafe ({@link UnsafeAddresses}), and
 * hands the HTTP client exactly the addresses it vetted, so the connection goes where the check
 * looked (a second lookup that answers differently, DNS rebinding, is never made). The client asks
 * it for every connection, so every redirect hop is checked again.
 */
final class GuardedResolver implements DnsResolver {

	/** How names become addresses; tests give their own. */
	interface Names {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	private final Names names;

	private final Set<Integer> loopbackPorts;

	GuardedResolver(Names names, Set<Integer> loopbackPorts) {
		this.names = names;
		this.loopbackPorts = Set.copyOf(loopbackPorts);
	}

	@Override
	public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
		List<InetSocketAddress> vetted = new ArrayList<>();
		for (InetAddress address : vet(host, port)) {
			vetted.add(new InetSocketAddress(address, port));
		}
		return vetted;
	}

	/** The addresses of a host, all safe to connect to on this port, or {@link UnsafeAddresses.Refused}. */
	InetAddress[] vet(String host, int port) throws UnknownHostException {
		String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
		InetAddress[] addresses = this.names.resolve(bare);
		if (addresses == null || addresses.length == 0) {
			throw new UnknownHostException(host);
		}
		for (InetAddress address : addresses) {
			boolean testServer = this.loopbackPorts.contains(port)
					&& Arrays.equals(address.getAddress(), new byte[] { 127, 0, 0, 1 });
			if (UnsafeAddresses.unsafe(address) && !testServer) {
				throw new UnsafeAddresses.Refused(host);
			}
		}
		return addresses;
	}

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		throw new UnsafeAddresses.Refused(host); // the client always names the port; without one, no answer
	}

	@Override
	public String resolveCanonicalHostname(String host) {
		return host;
	}

}
