package th.ita.portal.web.cache;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

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
 * <p>Several instances: a publish also notifies every instance through PostgreSQL
 * ({@link PublishNotifications}), and each starts a new generation when it hears it. While an
 * instance cannot hear (its listening connection is down), its kept pages are not
 * {@link #trusted()}: every request is rendered afresh until it hears again.
 */
@Component
public class PublishGeneration {

	private final AtomicLong value = new AtomicLong();

	private final List<Runnable> stores = new CopyOnWriteArrayList<>();

	private volatile boolean trusted = true;

	public long current() {
		return this.value.get();
	}

	/**
	 * Whether kept entries may be served: false while this instance might miss another's publish.
	 * A cache that is not trusted neither serves nor keeps.
	 */
	public boolean trusted() {
		return this.trusted;
	}

	/** Marks whether publishes are heard; the start of trust is a new generation (some may have been missed). */
	void trust(boolean heard) {
		if (heard && !this.trusted) {
			advance();
		}
		this.trusted = heard;
	}

	/** Has a store forget its entries whenever a generation starts; they could never be served again. */
	public void onAdvance(Runnable forget) {
		this.stores.add(forget);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void published(PublicContentChanged event) {
		advance();
	}

	/** Starts a new generation: every kept page and report is rendered afresh for its next reader. */
	public void advance() {
		this.value.incrementAndGet();
		this.stores.forEach(Runnable::run);
	}

}
