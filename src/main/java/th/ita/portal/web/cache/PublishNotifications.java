package th.ita.portal.web.cache;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every instance of the portal that what the public sees has changed: a PostgreSQL
 * {@code NOTIFY} on {@value #CHANNEL}, sent in the publishing transaction itself, so that it is
 * delivered exactly when (and only if) the publish commits. {@link PublishListener} hears it on
 * every instance; the instance that published has already started a new generation itself, and
 * knows its own notifications by their payload, which also says whether the agencies changed.
 */
@Component
public class PublishNotifications {

	static final String CHANNEL = "ita_public";

	/** Added to a notification's payload (after the instance's name) when the agencies changed. */
	static final String AGENCIES = " agencies";

	private final String instance = UUID.randomUUID().toString();

	private final JdbcClient jdbc;

	PublishNotifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** This instance's name in its notifications. */
	String instance() {
		return this.instance;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void changed(PublicContentChanged event) {
		String payload = this.instance + (event.changesAgencies() ? AGENCIES : "");
		this.jdbc.sql("select pg_notify('" + CHANNEL + "', :payload)").param("payload", payload).query().singleRow();
	}

}
