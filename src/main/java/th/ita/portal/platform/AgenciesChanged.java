package th.ita.portal.platform;

import th.ita.portal.web.cache.PublicContentChanged;

/**
 * An agency, its names, state or host names changed. Once the change commits, the agency directory
 * of every instance (this one directly, the others when they hear of it) reads the agencies again and the public pages kept in memory start afresh (a renamed agency's
 * pages show its name; a disabled agency's pages are no longer served).
 */
record AgenciesChanged(long agencyId) implements PublicContentChanged {

	@Override
	public boolean changesAgencies() {
		return true;
	}

}
