package th.ita.portal.agency;

import org.springframework.stereotype.Component;

/**
 * Who may change what every agency of the portal shares: the frameworks (the NACC's structure of
 * each year), their lineage, their result rules and the readiness rules. While the portal has one
 * agency, its admin; with more, only the admin of the default agency ({@code ita.default-agency}:
 * the hosting province's or vendor's own), so that one agency's admin cannot change another's
 * structure. Checked with {@code @PreAuthorize("... and @sharedStructure.editable()")} on the writes
 * and by the pages, which then show the structure read-only with a note.
 */
@Component("sharedStructure")
public class SharedStructure {

	/** The rule of every write to the shared structure. */
	public static final String WRITE = "hasRole('ADMIN') and @sharedStructure.editable()";

	private final AgencyDirectory agencies;

	private final CurrentAgency current;

	SharedStructure(AgencyDirectory agencies, CurrentAgency current) {
		this.agencies = agencies;
		this.current = current;
	}

	/** Whether the current request's agency may change the shared structure. */
	public boolean editable() {
		if (!this.current.isPresent()) {
			return false;
		}
		if (this.agencies.count() <= 1) {
			return true;
		}
		return this.agencies.defaultAgency().map(agency -> agency.id() == this.current.id()).orElse(false);
	}

}
