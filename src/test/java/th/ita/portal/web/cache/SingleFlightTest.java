package th.ita.portal.web.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Readers who miss together wait for one rendering; when it has nothing to share, fails without
 * sharing its failure, or takes too long, each renders for itself.
 */
class SingleFlightTest {

	final ExecutorService pool = Executors.newFixedThreadPool(4);

	final AtomicInteger runs = new AtomicInteger();

	final CountDownLatch leaderStarted = new CountDownLatch(1);

	final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void stop() {
		this.pool.shutdownNow();
	}

	/** The leader's work: it holds until released, so that the others join it. */
	String lead(String result) throws InterruptedException {
		this.runs.incrementAndGet();
		this.leaderStarted.countDown();
		this.release.await(10, TimeUnit.SECONDS);
		if (result == null) {
			return null;
		}
		if (result.equals("fail")) {
			throw new IllegalStateException("failed");
		}
		return result;
	}

	/** Starts a leader and three readers who miss while it works; what each of the three got. */
	List<Future<String>> together(SingleFlight<String, String> flights, String leaderResult) throws Exception {
		Future<String> leader = this.pool.submit(() -> flights.run("page", () -> lead(leaderResult)));
		assertThat(this.leaderStarted.await(10, TimeUnit.SECONDS)).isTrue();
		List<Future<String>> readers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			readers.add(this.pool.submit(() -> flights.run("page", () -> "own-" + this.runs.incrementAndGet())));
		}
		Thread.sleep(200);
		assertThat(flights.inFlight()).isEqualTo(1);
		this.release.countDown();
		try {
			leader.get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			// Which failures reach the readers is what the tests look at.
		}
		return readers;
	}

	@Test
	void theReadersGetTheLeadersResult() throws Exception {
		for (Future<String> reader : together(new SingleFlight<>(Duration.ofSeconds(10), false), "page")) {
			assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo("page");
		}
		assertThat(this.runs).hasValue(1);
	}

	@Test
	void nothingToShareAndEachRendersForItself() throws Exception {
		for (Future<String> reader : together(new SingleFlight<>(Duration.ofSeconds(10), false), null)) {
			assertThat(reader.get(10, TimeUnit.SECONDS)).startsWith("own-");
		}
		assertThat(this.runs).hasValue(4);
	}

	@Test
	void anUnsharedFailureLeavesEachToRenderForItself() throws Exception {
		for (Future<String> reader : together(new SingleFlight<>(Duration.ofSeconds(10), false), "fail")) {
			assertThat(reader.get(10, TimeUnit.SECONDS)).startsWith("own-");
		}
		assertThat(this.runs).hasValue(4);
	}

	@Test
	void aSharedFailureReachesTheReaders() throws Exception {
		for (Future<String> reader : together(new SingleFlight<>(Duration.ofSeconds(10), true), "fail")) {
			assertThatThrownBy(() -> reader.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
				.hasRootCauseMessage("failed");
		}
		assertThat(this.runs).hasValue(1);
	}

	@Test
	void aReaderWaitsNoLongerThanItsWait() throws Exception {
		SingleFlight<String, String> flights = new SingleFlight<>(Duration.ofMillis(50), true);
		for (Future<String> reader : together(flights, "page")) {
			assertThat(reader.get(10, TimeUnit.SECONDS)).startsWith("own-");
		}
		assertThat(flights.inFlight()).isZero();
	}

}
