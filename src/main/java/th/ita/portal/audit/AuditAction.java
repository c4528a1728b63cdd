package th.ita.portal.audit;

/** What the append-only audit log records. */
public enum AuditAction {

	SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, PASSWORD_CHANGED,

	/** A session of one agency used at another agency's host: signed out there. */
	SESSION_REFUSED,

	USER_CREATED, USER_UPDATED, USER_DISABLED, USER_ENABLED, PASSWORD_RESET, ROLES_CHANGED,

	UNIT_CREATED, UNIT_UPDATED,

	FRAMEWORK_IMPORTED, FRAMEWORK_DELETED, YEAR_OPENED,

	/** A year's published scores and result recorded; a framework's result rule changed. */
	RESULT_RECORDED, RESULT_RULE_CHANGED,

	/** A readiness rule added, replaced or removed (issue 16). */
	READINESS_RULE_CHANGED,

	/** An account or unit form that someone else saved first: the refused values, kept. */
	SAVE_REFUSED,

	PUBLISH, FILE_DOWNLOAD, EXPORT,

	/** A platform admin's changes to an agency (logged under that agency). */
	AGENCY_CREATED, AGENCY_RENAMED, AGENCY_DISABLED, AGENCY_ENABLED, AGENCY_HOST_ADDED, AGENCY_HOST_REMOVED;

	public String messageKey() {
		return "audit.action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
