package th.ita.portal.linkcheck;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The link monitor: once a day ({@code ita.linkcheck.cron}) it checks every draft and published
 * link of every agency and year (no request, so nothing agency-scoped), and on demand the links of one item, through the bounded {@link LinkCheckPool}, and
 * records each answer ({@link LinkCheckStore}) and the run. The HTTP work happens outside any
 * transaction; only the recording holds a connection to the database.
 */
@Service
public class LinkMonitor {

	private static final Logger log = LoggerFactory.getLogger(LinkMonitor.class);

	private final LinkCheckSettings settings;

	private final LinkCheckPool pool;

	private final LinkCheckStore store;

	private final Clock clock;

	private final AtomicBoolean running = new AtomicBoolean();

	LinkMonitor(LinkCheckSettings settings, LinkCheckPool pool, LinkCheckStore store, Clock clock) {
		this.settings = settings;
		this.pool = pool;
		this.store = store;
		this.clock = clock;
	}

	@Scheduled(cron = "${ita.linkcheck.cron:0 30 2 * * *}", zone = "Asia/Bangkok")
	void daily() {
		if (this.settings.monitor()) {
			checkAll();
		}
	}

	/**
	 * Checks every link now, unless a run is going on (in this instance or, begun less than six
	 * hours ago, in another).
	 * @return the run's counts, or null when another run was still going
	 */
	public RunCount checkAll() {
		if (!this.running.compareAndSet(false, true)) {
			return null;
		}
		try {
			Long runId = this.store.startDailyRun(this.clock.instant());
			if (runId == null) {
				log.info("Link check: another instance's run is still going");
				return null;
			}
			this.store.prune();
			RunCount count = run(runId, this.store.allLinks());
			log.info("Link check: {} links checked, {} failing", count.checked(), count.failing());
			return count;
		}
		finally {
			this.running.set(false);
		}
	}

	/** Checks one disclosure's links now (the caller has checked the right to ask). */
	RunCount checkDisclosure(long disclosureId, String by) {
		return run("ITEM", this.store.linksOf(disclosureId), by);
	}

	/** Checks one link evidence now. */
	RunCount checkOne(LinkCheckStore.Target target, String by) {
		return run("ITEM", List.of(target), by);
	}

	private RunCount run(String kind, List<LinkCheckStore.Target> targets, String by) {
		return run(this.store.startRun(kind, this.clock.instant(), by), targets);
	}

	private RunCount run(long runId, List<LinkCheckStore.Target> targets) {
		Map<String, LinkAnswer> answers = this.pool.fetch(targets.stream().map(LinkCheckStore.Target::url).toList(),
				false, null);
		int failing = this.store.record(targets, answers);
		this.store.finishRun(runId, this.clock.instant(), targets.size(), failing);
		return new RunCount(targets.size(), failing);
	}

	/** How many links a run checked and how many of them fail. */
	/** Shown once after an on-demand check, through a flash attribute: kept in the session, so serializable. */
	public record RunCount(int checked, int failing) implements Serializable {
	}

}
