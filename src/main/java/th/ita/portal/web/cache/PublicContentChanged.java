package th.ita.portal.web.cache;

/**
 * An event meaning: what the public sees has changed (something was published). The caches of
 * public content start a new generation when one commits ({@link PublishGeneration}). Declared
 * here and implemented by the domain's event, so that the caches need no domain package.
 */
public interface PublicContentChanged {

	/**
	 * The agency whose public content changed, so that only its kept pages and reports start
	 * afresh; null when the change is not one agency's or cannot be told (every agency's then do).
	 */
	default Long agencyId() {
		return null;
	}

	/**
	 * Whether the agencies themselves changed (their host names, names or state), so that every
	 * instance must read its directory of agencies again, not only forget its pages.
	 */
	default boolean changesAgencies() {
		return false;
	}

}
