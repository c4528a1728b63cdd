package th.ita.portal.web.cache;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One rendering for the readers who miss together. Right after a publish every reader misses at
 * once; without this each would render the same page (or the half-second report) in parallel. The
 * first runs the work; the others wait for its result, but not for ever: after {@code wait}, or
 * when the first had nothing to share (null), a reader runs the work itself.
 *
 * <p>Whether a failure reaches the waiters is the caller's choice: a report that does not exist
 * is the same answer for everyone (a 404), while a page's rendering that failed was the first
 * reader's own response, and each waiter must then get its own.
 */
public final class SingleFlight<K, V> {

	/** Work that renders; it may throw what its caller throws. */
	@FunctionalInterface
	public interface Work<V, E extends Exception> {

		V run() throws E;

	}

	private final ConcurrentMap<K, CompletableFuture<V>> flights = new ConcurrentHashMap<>();

	private final long waitMillis;

	private final boolean failuresShared;

	public SingleFlight(Duration wait, boolean failuresShared) {
		this.waitMillis = wait.toMillis();
		this.failuresShared = failuresShared;
	}

	/** The result of the work for this key: run here, or by the reader already running it. */
	public <E extends Exception> V run(K key, Work<V, E> work) throws E {
		CompletableFuture<V> mine = new CompletableFuture<>();
		CompletableFuture<V> theirs = this.flights.putIfAbsent(key, mine);
		if (theirs != null) {
			V shared = await(theirs);
			return (shared != null) ? shared : work.run();
		}
		V result = null;
		try {
			result = work.run();
			return result;
		}
		catch (RuntimeException | Error ex) {
			fail(mine, ex);
			throw ex;
		}
		catch (Exception ex) {
			fail(mine, ex);
			throw ex;
		}
		finally {
			this.flights.remove(key, mine);
			mine.complete(result);
		}
	}

	private void fail(CompletableFuture<V> mine, Throwable ex) {
		if (this.failuresShared) {
			mine.completeExceptionally(ex);
		}
	}

	/** What the other reader rendered, or null when the waiter is to render for itself. */
	private V await(CompletableFuture<V> rendering) {
		try {
			return rendering.get(this.waitMillis, TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error failure) {
				throw failure;
			}
			return null;
		}
		catch (TimeoutException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** How many renderings are under way (for tests). */
	int inFlight() {
		return this.flights.size();
	}

}
