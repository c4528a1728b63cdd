package th.ita.portal.platform;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import th.ita.portal.agency.AgencyDirectory;
import th.ita.portal.web.cache.PublicContentHeard;

/**
 * Reads the agencies and their host names again once a platform change has committed here, or when
 * another instance made one ({@link th.ita.portal.web.cache.PublishListener} hears it).
 */
@Component
class DirectoryRefresh {

	private final AgencyDirectory directory;

	DirectoryRefresh(AgencyDirectory directory) {
		this.directory = directory;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void agenciesChanged(AgenciesChanged event) {
		this.directory.reload();
	}

	/** Another instance changed the agencies, or this one may have missed such a change. */
	@EventListener
	void heardFromAnotherInstance(PublicContentHeard event) {
		if (event.agenciesMayHaveChanged()) {
			this.directory.reload();
		}
	}

}
