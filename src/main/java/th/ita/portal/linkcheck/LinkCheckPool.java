package th.ita.portal.linkcheck;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Where links are fetched: {@code ita.linkcheck.concurrency} threads (4) and as many HTTP
 * connections, at most, whatever asks (the daily run, an item's check, a publish's proofs), with
 * requests to one host paced {@code ita.linkcheck.per-host-interval} apart.
 */
@Component
class LinkCheckPool {

	private final LinkChecker checker;

	private final HostPace pace;

	private final ThreadPoolExecutor threads;

	private final Clock clock;

	LinkCheckPool(LinkCheckSettings settings, ObjectProvider<LoopbackAllowance> testAllowance, Clock clock) {
		LoopbackAllowance allowance = testAllowance.getIfAvailable();
		Set<Integer> loopbackPorts = allowance == null ? Set.of() : allowance.ports();
		this.checker = new LinkChecker(settings, InetAddress::getAllByName, loopbackPorts, clock);
		this.pace = new HostPace(settings.perHostInterval());
		this.clock = clock;
		AtomicInteger number = new AtomicInteger();
		this.threads = new ThreadPoolExecutor(settings.concurrency(), settings.concurrency(), 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), task -> {
					Thread thread = new Thread(task, "link-check-" + number.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		this.threads.allowCoreThreadTimeOut(true);
	}

	int maxThreads() {
		return this.threads.getMaximumPoolSize();
	}

	int maxConnections() {
		return this.checker.maxConnections();
	}

	/**
	 * Checks (or takes proof of) each distinct address once, in parallel within the pool's bounds;
	 * an address without an answer when {@code deadline} passes counts as a timeout.
	 * @param deadline the longest wait for all of them, or null for no limit beyond each request's own
	 */
	Map<String, LinkAnswer> fetch(List<String> urls, boolean proof, Duration deadline) {
		Map<String, Future<LinkAnswer>> pending = new LinkedHashMap<>();
		for (String url : urls) {
			pending.computeIfAbsent(url, u -> this.threads.submit(() -> {
				this.pace.await(host(u));
				return proof ? this.checker.proof(u) : this.checker.check(u);
			}));
		}
		long end = deadline == null ? Long.MAX_VALUE : System.nanoTime() + deadline.toNanos();
		Map<String, LinkAnswer> answers = new LinkedHashMap<>();
		List<String> late = new ArrayList<>();
		for (Map.Entry<String, Future<LinkAnswer>> entry : pending.entrySet()) {
			try {
				long left = Math.max(0, end - System.nanoTime());
				answers.put(entry.getKey(), deadline == null ? entry.getValue().get()
						: entry.getValue().get(left, TimeUnit.NANOSECONDS));
			}
			catch (TimeoutException ex) {
				entry.getValue().cancel(true);
				late.add(entry.getKey());
			}
			catch (ExecutionException ex) {
				answers.put(entry.getKey(), LinkAnswer.broken(LinkReason.CONNECT_FAILED, null, null, null,
						this.clock.instant()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				late.add(entry.getKey());
			}
		}
		for (String url : late) {
			answers.put(url, LinkAnswer.broken(LinkReason.TIMEOUT, null, null, null, this.clock.instant()));
		}
		return answers;
	}

	private static String host(String url) {
		try {
			return URI.create(LinkAddress.encode(url.strip())).getHost();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@PreDestroy
	void stop() throws IOException {
		this.threads.shutdownNow();
		this.checker.close();
	}

}
