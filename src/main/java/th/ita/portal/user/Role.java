package th.ita.portal.user;

/**
 * What a staff account may do. An account may hold several roles.
 * <ul>
 * <li>{@link #ADMIN}: everything, including users and units;</li>
 * <li>{@link #APPROVER}: publishes;</li>
 * <li>{@link #EDITOR}: edits the measures, plans and OIT items of their own unit(s);</li>
 * <li>{@link #AUDITOR}: reads everything, drafts and history included, and changes nothing.</li>
 * </ul>
 */
public enum Role {

	ADMIN, APPROVER, EDITOR, AUDITOR;

	/** The Spring Security authority, e.g. {@code ROLE_EDITOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
