package th.ita.portal.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.resilience.annotation.Retryable;

/**
 * A service whose writes are run again, in a fresh transaction, when they lose a race
 * ({@link LostRace}): two editors save the same item at the same moment, a publish meets a save.
 * The second run reads what the winner committed, so it takes the write's ordinary path: a save
 * based on an older version is refused with the 409 page that shows both texts, and the refused
 * text is kept in the history; a publish of the whole year publishes the newest drafts. Up to
 * three more runs, 20 to 30 ms apart and growing, so that a write that keeps losing ends with the
 * 409 page (see {@code web/LostRaceAdvice}), never a 500.
 *
 * <p>The retry wraps the service's own transaction (Spring puts it before the transaction
 * advice), so each run is a transaction of its own. A method that reads a request's stream must
 * read it only after everything that can lose a race has been done (e.g. after the row lock).
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(predicate = LostRace.class, maxRetries = 3, delay = 20, jitter = 10, multiplier = 1.5)
public @interface RetriedOnLostRace {

}
