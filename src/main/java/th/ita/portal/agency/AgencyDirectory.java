package th.ita.portal.agency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every agency and its host names, in memory: a request finds its agency with no SQL. Read at
 * start-up, and again by {@link #reload()} after an agency or a host name changes.
 *
 * <p>A host no agency claims is answered by the default agency: the setting
 * {@code ita.default-agency} names its slug ({@code -} for none); left empty, it is the demo
 * agency while the demo is on, else the only agency when there is exactly one, else none.
 */
@Component
@DependsOnDatabaseInitialization
public class AgencyDirectory {

	/** The demo agency's slug (db/demo). */
	static final String DEMO_SLUG = "bangsaothong";

	private static final Logger log = LoggerFactory.getLogger(AgencyDirectory.class);

	private final JdbcTemplate jdbc;

	private final String defaultSetting;

	private final boolean demo;

	private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Map.of(), null);

	AgencyDirectory(JdbcTemplate jdbc, @Value("${ita.default-agency:}") String defaultSetting,
			@Value("${ita.demo:false}") boolean demo) {
		this.jdbc = jdbc;
		this.defaultSetting = (defaultSetting == null) ? "" : defaultSetting.strip();
		this.demo = demo;
		reload();
	}

	/** The agency a request with this Host is for: its own, else the default agency, else none. */
	public Optional<AgencyRef> byHost(String host) {
		Snapshot current = this.snapshot;
		String name = AgencyHosts.normalise(host);
		AgencyRef agency = (name != null) ? current.byHost().get(name) : null;
		return Optional.ofNullable((agency != null) ? agency : current.fallback());
	}

	/** The agency that answers hosts no agency claims, if any (see the class comment). */
	public Optional<AgencyRef> defaultAgency() {
		return Optional.ofNullable(this.snapshot.fallback());
	}

	/** Whether the portal has no agency at all yet (a fresh install without the demo). */
	public boolean isEmpty() {
		return this.snapshot.byId().isEmpty();
	}

	/** How many agencies the deployment has, enabled or not. */
	public int count() {
		return this.snapshot.byId().size();
	}

	public Optional<AgencyRef> byId(long id) {
		return Optional.ofNullable(this.snapshot.byId().get(id));
	}

	/** The agency's host names, domain names before IP literals, each group in alphabetical order. */
	public List<String> hosts(long agencyId) {
		return this.snapshot.hosts().getOrDefault(agencyId, List.of());
	}

	/** Reads every agency and host name afresh (after the platform pages change one). */
	public synchronized void reload() {
		Map<Long, AgencyRef> byId = new HashMap<>();
		this.jdbc.query("select id, slug, name, enabled from agency", (rs) -> {
			AgencyRef agency = new AgencyRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4));
			byId.put(agency.id(), agency);
		});
		Map<String, AgencyRef> byHost = new HashMap<>();
		Map<Long, List<String>> hosts = new HashMap<>();
		this.jdbc.query("select host, agency_id from agency_host", (rs) -> {
			AgencyRef agency = byId.get(rs.getLong(2));
			if (agency != null) {
				byHost.put(rs.getString(1), agency);
				hosts.computeIfAbsent(agency.id(), (id) -> new ArrayList<>()).add(rs.getString(1));
			}
		});
		hosts.values()
			.forEach((list) -> list.sort(Comparator.comparing(AgencyHosts::isLiteral).thenComparing(Comparator.naturalOrder())));
		hosts.replaceAll((id, list) -> List.copyOf(list));
		this.snapshot = new Snapshot(Map.copyOf(byId), Map.copyOf(byHost), Map.copyOf(hosts), fallback(byId));
	}

	private AgencyRef fallback(Map<Long, AgencyRef> agencies) {
		if ("-".equals(this.defaultSetting)) {
			return null;
		}
		String slug = !this.defaultSetting.isEmpty() ? this.defaultSetting : (this.demo ? DEMO_SLUG : null);
		if (slug != null) {
			AgencyRef named = agencies.values().stream().filter((a) -> a.slug().equals(slug)).findFirst().orElse(null);
			if (named == null && !this.defaultSetting.isEmpty()) {
				log.warn("ita.default-agency names '{}', which is no agency: hosts no agency claims get a 404", slug);
			}
			if (named != null || !this.defaultSetting.isEmpty()) {
				return named;
			}
		}
		return (agencies.size() == 1) ? agencies.values().iterator().next() : null;
	}

	private record Snapshot(Map<Long, AgencyRef> byId, Map<String, AgencyRef> byHost, Map<Long, List<String>> hosts,
			AgencyRef fallback) {
	}

}
