package th.ita.portal.platform;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.audit.AuditAction;
import th.ita.portal.common.NotFoundException;
import th.ita.portal.common.StaleVersionException;

/**
 * The platform admin's changes to agencies: create, rename, disable and enable, add and remove
 * host names. A taken slug or host name is refused ({@link PlatformRefusedException}) with nothing
 * changed, also when another admin took it a moment earlier (the database's unique keys decide).
 * Renaming, disabling and enabling carry the version the admin read: an older one is a
 * {@link StaleVersionException} (409). Every change is in the audit log under the agency concerned.
 */
@Service
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class PlatformAgencies {

	private final JdbcTemplate jdbc;

	private final PlatformAudit audit;

	private final ApplicationEventPublisher events;

	PlatformAgencies(JdbcTemplate jdbc, PlatformAudit audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	long create(NewAgencyForm form) {
		String host = hostOf(form.getHost());
		if (slugTaken(form.getSlug())) {
			throw new PlatformRefusedException("slug", "platform.validation.slug-taken");
		}
		if (hostTaken(host)) {
			throw new PlatformRefusedException("host", "platform.validation.host-taken");
		}
		long id;
		try {
			id = this.jdbc.queryForObject("""
					insert into agency (slug, name, district, province, enabled) values (?, ?, ?, ?, true) returning id""",
					Long.class, form.getSlug(), form.getName(), form.getDistrict(),
					form.getProvince());
			this.jdbc.update("insert into agency_host (host, agency_id) values (?, ?)", host, id);
		}
		catch (DuplicateKeyException ex) {
			throw taken(ex);
		}
		this.audit.record(id, AuditAction.AGENCY_CREATED, form.getSlug() + " " + form.getName() + " @ " + host);
		changed(id);
		return id;
	}

	/** Renames the agency, or refuses a form read at an older version (409) or for no agency (404). */
	@Transactional(noRollbackFor = StaleVersionException.class)
	void rename(long id, AgencyForm form) {
		String before = this.jdbc.query("select name from agency where id = ?", rs -> rs.next() ? rs.getString(1) : null,
				id);
		int updated = this.jdbc.update("""
				update agency set name = ?, district = ?, province = ?, version = version + 1, updated_at = now()
				where id = ? and version = ?""", form.getName(), form.getDistrict(),
				form.getProvince(), id, form.getVersion());
		if (updated == 0) {
			refuseStale(id, AuditAction.AGENCY_RENAMED, form.getName());
		}
		this.audit.record(id, AuditAction.AGENCY_RENAMED, before + " -> " + form.getName());
		changed(id);
	}

	/** Disables or enables the agency (its host names then answer with a clear page, or its site again). */
	@Transactional(noRollbackFor = StaleVersionException.class)
	void setEnabled(long id, boolean enabled, long version) {
		AuditAction action = enabled ? AuditAction.AGENCY_ENABLED : AuditAction.AGENCY_DISABLED;
		int updated = this.jdbc.update("""
				update agency set enabled = ?, version = version + 1, updated_at = now()
				where id = ? and version = ?""", enabled, id, version);
		if (updated == 0) {
			refuseStale(id, action, String.valueOf(enabled));
		}
		this.audit.record(id, action, slug(id));
		changed(id);
	}

	@Transactional
	void addHost(long id, String typed) {
		String host = hostOf(typed);
		slug(id);
		if (hostTaken(host)) {
			throw new PlatformRefusedException("host", "platform.validation.host-taken");
		}
		try {
			this.jdbc.update("insert into agency_host (host, agency_id) values (?, ?)", host, id);
		}
		catch (DuplicateKeyException ex) {
			throw new PlatformRefusedException("host", "platform.validation.host-taken");
		}
		this.audit.record(id, AuditAction.AGENCY_HOST_ADDED, host);
		changed(id);
	}

	/** Removes one of the agency's host names; a name it does not have is a 404. */
	@Transactional
	void removeHost(long id, String host) {
		if (this.jdbc.update("delete from agency_host where agency_id = ? and host = ?", id, host) == 0) {
			throw new NotFoundException("host " + host + " of agency " + id);
		}
		this.audit.record(id, AuditAction.AGENCY_HOST_REMOVED, host);
		changed(id);
	}

	private static String hostOf(String typed) {
		String host = HostNames.normalise(typed);
		if (host == null) {
			throw new PlatformRefusedException("host", "platform.validation.host");
		}
		return host;
	}

	private boolean slugTaken(String slug) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("select exists (select 1 from agency where slug = ?)",
				Boolean.class, slug));
	}

	private boolean hostTaken(String host) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("select exists (select 1 from agency_host where host = ?)",
				Boolean.class, host));
	}

	private String slug(long id) {
		String slug = this.jdbc.query("select slug from agency where id = ?", rs -> rs.next() ? rs.getString(1) : null,
				id);
		if (slug == null) {
			throw new NotFoundException("agency " + id);
		}
		return slug;
	}

	/** No row was changed: the agency is gone (404) or someone saved it first (409, the refused values kept). */
	private void refuseStale(long id, AuditAction action, String refused) {
		slug(id);
		this.audit.record(id, AuditAction.SAVE_REFUSED, action.name() + ": " + refused);
		throw new StaleVersionException("agency " + id);
	}

	/** Another admin took the slug or host name between the check and the insert. */
	private static PlatformRefusedException taken(DuplicateKeyException ex) {
		String message = String.valueOf(ex.getMessage());
		return message.contains("agency_slug_uk") ? new PlatformRefusedException("slug", "platform.validation.slug-taken")
				: new PlatformRefusedException("host", "platform.validation.host-taken");
	}

	private void changed(long id) {
		this.events.publishEvent(new AgenciesChanged(id));
	}

}
