package th.ita.portal.platform;

import java.util.List;

/**
 * One line of the platform's list of agencies: what it is, where it answers, and how much it holds,
 * counted (never read): units, accounts, reports (years), published OIT items, evidence files.
 */
record AgencyRow(long id, String slug, String name, String province, boolean enabled, List<String> hosts, long units,
		long accounts, long reports, long publishedItems, long evidenceFiles) {
}
