package th.ita.portal.web.cache;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The generation of what the public sees, shared by the page cache and the report cache. Public
 * content changes only when something is published: every publish, once committed, starts a new
 * generation, and a cache serves an entry only in the generation it was rendered in, so a publish
 * shows on the very next request. A rendering that began before a publish is not kept, since its
 * generation is gone when it ends. After commit, not before: a reader between the two would
 * otherwise have the old content kept under the new generation.
 *
 * <p>Most publishes are one agency's, and a deployment hosts thousands: so there is a generation
 * per agency besides the global one, and an entry's {@link Stamp} is both. One agency's publish
 * starts a new generation of that agency only, and the other agencies' entries stay served; a
 * change that is not one agency's (or that cannot tell whose it is) starts a global one, which no
 * entry of any agency outlives.
 *
 * <p>Several instances: a publish also notifies every instance through PostgreSQL
 * ({@link PublishNotifications}), and each starts a new generation (of the same agency, or global)
 * when it hears it. While an instance cannot hear (its listening connection is down), its kept
 * entries are not {@link #trusted()}: every request is rendered afresh until it hears again.
 */
@Component
public class PublishGeneration {

	/**
	 * The generation an entry of one agency is rendered in: the global generation and that agency's.
	 * It is current while neither has moved.
	 */
	public record Stamp(long global, long agency) {

		@Override
		public String toString() {
			return this.global + "." + this.agency;
		}

	}

	private final AtomicLong global = new AtomicLong();

	/** One counter per agency that ever published here: bounded by the number of agencies. */
	private final ConcurrentMap<Long, AtomicLong> agencies = new ConcurrentHashMap<>();

	private final List<Runnable> forgetAll = new CopyOnWriteArrayList<>();

	private final List<LongConsumer> forgetAgency = new CopyOnWriteArrayList<>();

	private volatile boolean trusted = true;

	/**
	 * The global generation, read on its own when it must be read before the agency is known (a
	 * key read from an older directory of agencies must not carry a newer generation).
	 */
	public long global() {
		return this.global.get();
	}

	/** The stamp of an agency's entries, with the global generation read earlier ({@link #global()}). */
	public Stamp stamp(long global, long agencyId) {
		AtomicLong agency = this.agencies.get(agencyId);
		return new Stamp(global, (agency != null) ? agency.get() : 0);
	}

	/** The stamp of an agency's entries now. */
	public Stamp current(long agencyId) {
		return stamp(global(), agencyId);
	}

	/** Whether an entry of an agency rendered under this stamp may still be kept and served. */
	public boolean isCurrent(long agencyId, Stamp stamp) {
		return stamp.equals(current(agencyId));
	}

	/**
	 * Whether kept entries may be served: false while this instance might miss another's publish.
	 * A cache that is not trusted neither serves nor keeps.
	 */
	public boolean trusted() {
		return this.trusted;
	}

	/** Marks whether publishes are heard; the start of trust is a new global generation (some may have been missed). */
	void trust(boolean heard) {
		if (heard && !this.trusted) {
			advance();
		}
		this.trusted = heard;
	}

	/**
	 * Has a store forget the entries that could never be served again: all of them when a global
	 * generation starts, one agency's when that agency's does.
	 */
	public void onAdvance(Runnable all, LongConsumer agency) {
		this.forgetAll.add(all);
		this.forgetAgency.add(agency);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void published(PublicContentChanged event) {
		Long agencyId = event.agencyId();
		if (agencyId != null) {
			advance(agencyId);
		}
		else {
			advance();
		}
	}

	/** Starts a new global generation: every kept page and report is rendered afresh for its next reader. */
	public void advance() {
		this.global.incrementAndGet();
		this.forgetAll.forEach(Runnable::run);
	}

	/** Starts a new generation of one agency: its kept pages and reports are rendered afresh, the others' stay. */
	public void advance(long agencyId) {
		this.agencies.computeIfAbsent(agencyId, (id) -> new AtomicLong()).incrementAndGet();
		this.forgetAgency.forEach((forget) -> forget.accept(agencyId));
	}

}
