package th.ita.portal.user;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import th.ita.portal.web.DemoBanner;

/**
 * Whether a demo account (published password, {@code demo.*}) can sign in. The layout shows a
 * banner while one can; the flag is cached so that pages spend no SQL on it, and refreshed at
 * start-up and after every change to accounts. Templates read {@code ${@demoAccounts.present}}.
 */
@Component("demoAccounts")
public class DemoAccounts implements DemoBanner {

	private final StaffUserRepository users;

	private volatile boolean present;

	DemoAccounts(StaffUserRepository users) {
		this.users = users;
	}

	@Override
	public boolean isPresent() {
		return this.present;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void refresh() {
		this.present = this.users.existsEnabledDemoAccount();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void usersChanged(UsersChanged event) {
		refresh();
	}

}
