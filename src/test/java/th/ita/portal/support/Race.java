package th.ita.portal.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a few requests at the same moment: each in a thread of its own, all released together by a
 * barrier, each bounded in time.
 */
public final class Race implements AutoCloseable {

	private static final long SECONDS = 30;

	private final ExecutorService threads;

	private final int size;

	public Race(int size) {
		this.size = size;
		this.threads = Executors.newFixedThreadPool(size);
	}

	/** Runs the requests together and returns their answers, in the order given. */
	@SafeVarargs
	public final <T> List<T> run(Callable<T>... requests) throws Exception {
		if (requests.length > this.size) {
			throw new IllegalArgumentException("a race of " + this.size + " cannot run " + requests.length);
		}
		CyclicBarrier start = new CyclicBarrier(requests.length);
		List<Future<T>> running = new ArrayList<>();
		for (Callable<T> request : requests) {
			running.add(this.threads.submit(() -> {
				start.await(SECONDS, TimeUnit.SECONDS);
				return request.call();
			}));
		}
		List<T> answers = new ArrayList<>();
		for (Future<T> answer : running) {
			answers.add(answer.get(SECONDS, TimeUnit.SECONDS));
		}
		return answers;
	}

	@Override
	public void close() {
		this.threads.shutdownNow();
	}

}
