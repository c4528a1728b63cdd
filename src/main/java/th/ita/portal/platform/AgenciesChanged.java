package th.ita.portal.platform;

import th.ita.portal.web.cache.PublicContentChanged;

/**
 * An agency, its names, state or host names changed. Once the change commits, the agency directory
 * of every instance (this one directly, the others when they hear of it) reads the agencies again and the public pages kept in memory start afresh (a renamed agency's
 * pages show its name; a disabled agency's pages are no longer served). Every agency's pages, not
 * only the changed one's ({@link PublicContentChanged#agencyId()} is null): a host name can move
 * from one agency to another, and such changes are rare.
 */
record AgenciesChanged(long agency) implements PublicContentChanged {

	@Override
	public boolean changesAgencies() {
		return true;
	}

}
