package th.ita.portal.user;

import java.util.Set;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.web.DemoBanner;
import th.ita.portal.web.cache.PublicContentHeard;

/**
 * Whether a demo account (published password, {@code demo.*}) of an agency can sign in. That
 * agency's layout shows a banner while one can; the agencies are cached so that pages spend no SQL
 * on it, and refreshed at start-up, after every change to accounts, and when another instance may
 * have changed them. Templates read {@code ${@demoAccounts.present}}: the request's agency.
 */
@Component("demoAccounts")
public class DemoAccounts implements DemoBanner {

	private final StaffUserRepository users;

	private final CurrentAgency agency;

	private volatile Set<Long> agencies = Set.of();

	DemoAccounts(StaffUserRepository users, CurrentAgency agency) {
		this.users = users;
		this.agency = agency;
	}

	@Override
	public boolean isPresent(long agencyId) {
		return this.agencies.contains(agencyId);
	}

	/** For the request's agency (no agency, as on the unknown host's page: no banner). */
	public boolean isPresent() {
		return this.agency.isPresent() && isPresent(this.agency.id());
	}

	@EventListener(ApplicationReadyEvent.class)
	public void refresh() {
		this.agencies = Set.copyOf(this.users.findAgenciesWithEnabledDemoAccount());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void usersChanged(UsersChanged event) {
		refresh();
	}

	@EventListener
	void heardFromAnotherInstance(PublicContentHeard event) {
		refresh();
	}

}
