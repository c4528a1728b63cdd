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
 * knows its own notifications by their payload, which also names the agency whose content changed
 * (when the change is one agency's) and says whether the agencies changed:
 * {@code <instance>[ agency=<id>][ agencies]}. The flag stays last, where instances of earlier
 * releases look for it; they advance every agency on any notification.
 */
@Component
public class PublishNotifications {

	static final String CHANNEL = "ita_public";

	/** Added to a notification's payload (after the instance's name) when the agencies changed. */
	static final String AGENCIES = " agencies";

	/** Precedes the agency's id in a notification's payload when the change is one agency's. */
	static final String AGENCY = " agency=";

	private final String instance = UUID.randomUUID().toString();

	private final JdbcClient jdbc;

	PublishNotifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** This instance's name in its notifications. */
	String instance() {
		return this.instance;
	}

	/**
	 * The agency a notification's payload names, or null when it names none or cannot be read
	 * (then every agency's content is taken as changed).
	 */
	static Long agencyOf(String payload) {
		int at = payload.indexOf(AGENCY);
		if (at < 0) {
			return null;
		}
		int start = at + AGENCY.length();
		int end = payload.indexOf(' ', start);
		try {
			return Long.valueOf(payload.substring(start, (end < 0) ? payload.length() : end));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void changed(PublicContentChanged event) {
		Long agencyId = event.agencyId();
		String payload = this.instance + ((agencyId != null) ? AGENCY + agencyId : "")
				+ (event.changesAgencies() ? AGENCIES : "");
		this.jdbc.sql("select pg_notify('" + CHANNEL + "', :payload)").param("payload", payload).query().singleRow();
	}

}
