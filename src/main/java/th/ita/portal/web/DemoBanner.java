package th.ita.portal.web;

/**
 * Whether an agency's public pages show the demo banner (a demo account of that agency can sign
 * in). The pages' bytes depend on it, so their validators and the page cache's key do too.
 * Declared here, and implemented where the accounts live, so that web infrastructure needs no
 * domain package.
 */
public interface DemoBanner {

	boolean isPresent(long agencyId);

}
