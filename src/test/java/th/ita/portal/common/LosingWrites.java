package th.ita.portal.common;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.OptimisticLockException;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Writes that lose every race they run, for the tests of what happens when the retries of
 * {@link RetriedOnLostRace} run out: a service that always fails as Hibernate does when a row's
 * version moved on, a service that calls it inside its own transaction, and a page that uses it.
 */
@TestConfiguration(proxyBeanMethods = false)
class LosingWrites {

	static final String PATH = "/lost-race-test";

	@Bean
	Loser loser() {
		return new Loser();
	}

	@Bean
	Caller caller(Loser loser) {
		return new Caller(loser);
	}

	@RetriedOnLostRace
	static class Loser {

		private final AtomicInteger runs = new AtomicInteger();

		/** How many times {@link #write} ran since this was last asked. */
		public int runs() {
			return this.runs.getAndSet(0);
		}

		@Transactional
		public void write() {
			this.runs.incrementAndGet();
			throw new OptimisticLockException("Row was updated or deleted by another transaction");
		}

	}

	@RetriedOnLostRace
	static class Caller {

		private final AtomicInteger runs = new AtomicInteger();

		/** How many times {@link #write} ran since this was last asked. */
		public int runs() {
			return this.runs.getAndSet(0);
		}

		private final Loser loser;

		Caller(Loser loser) {
			this.loser = loser;
		}

		@Transactional
		public void write() {
			this.runs.incrementAndGet();
			this.loser.write();
		}

	}

	/**
	 * Registered with this configuration, as its member class; {@code @TestComponent} keeps
	 * component scanning from adding it to every other test's application.
	 */
	@Controller
	@TestComponent
	static class LosingPage {

		private final Loser loser;

		LosingPage(Loser loser) {
			this.loser = loser;
		}

		@GetMapping(PATH)
		String page() {
			this.loser.write();
			return "never";
		}

	}

}
