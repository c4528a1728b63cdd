package th.ita.portal.platform;

import java.util.List;

/** One agency as the platform sees it: names, state, version, host names and whether it has an admin. */
record AgencyDetails(long id, String slug, String name, String district, String province, boolean enabled,
		long version, List<String> hosts, boolean hasAdmin) {
}
