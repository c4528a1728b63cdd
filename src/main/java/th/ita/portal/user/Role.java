package th.ita.portal.user;

/**
 * What a staff account may do. An account may hold several roles.
 * <ul>
 * <li>{@link #ADMIN}: everything, including users and units;</li>
 * <li>{@link #APPROVER}: publishes;</li>
 * <li>{@link #EDITOR}: edits the measures, plans and OIT items of their own unit(s);</li>
 * <li>{@link #AUDITOR}: reads everything, drafts and history included, and changes nothing;</li>
 * <li>{@link #PLATFORM_ADMIN}: no agency's role: runs the deployment's agencies at {@code /platform}
 * (an account with no agency, which holds this role alone).</li>
 * </ul>
 * The first four are an agency's roles ({@link #agencyRoles()}): they apply in the account's own agency only.
 */
public enum Role {

	ADMIN, APPROVER, EDITOR, AUDITOR, PLATFORM_ADMIN;

	/** The roles an agency's admin may give: every role but {@link #PLATFORM_ADMIN}. */
	public static java.util.List<Role> agencyRoles() {
		return java.util.List.of(ADMIN, APPROVER, EDITOR, AUDITOR);
	}

	/** The Spring Security authority, e.g. {@code ROLE_EDITOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
