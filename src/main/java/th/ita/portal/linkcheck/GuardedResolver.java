package th.ita.portal.linkcheck;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

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

	/** A name that did not resolve in time: the check answers TIMEOUT, as for a server that does not answer. */
	static final class SlowName extends UnknownHostException {

		SlowName(String host) {
			super(host);
		}

	}

	/**
	 * Names resolved within a time limit. The JVM's resolver has no timeout of its own (the system's
	 * resolver may retry several servers for tens of seconds), so each lookup runs on one of a few
	 * daemon threads and the check waits for it at most {@code limit}; a lookup still hanging then
	 * keeps its thread until the resolver gives up, and lookups beyond the threads wait their turn
	 * within the same limit. Threads and waiting are thus bounded whatever DNS does.
	 */
	static final class TimedNames implements Names, AutoCloseable {

		private final Names names;

		private final Duration limit;

		private final ExecutorService lookups;

		TimedNames(Names names, Duration limit, int threads) {
			this.names = names;
			this.limit = limit;
			AtomicInteger count = new AtomicInteger();
			this.lookups = Executors.newFixedThreadPool(threads, (task) -> {
				Thread thread = new Thread(task, "link-check-dns-" + count.incrementAndGet());
				thread.setDaemon(true);
				return thread;
			});
		}

		@Override
		public InetAddress[] resolve(String host) throws UnknownHostException {
			Future<InetAddress[]> lookup = this.lookups.submit(() -> this.names.resolve(host));
			try {
				return lookup.get(this.limit.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException ex) {
				lookup.cancel(true);
				throw new SlowName(host);
			}
			catch (InterruptedException ex) {
				lookup.cancel(true);
				Thread.currentThread().interrupt();
				throw new SlowName(host);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof UnknownHostException unknown) {
					throw unknown;
				}
				UnknownHostException unknown = new UnknownHostException(host);
				unknown.initCause(ex.getCause());
				throw unknown;
			}
		}

		@Override
		public void close() {
			this.lookups.shutdownNow();
		}

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
