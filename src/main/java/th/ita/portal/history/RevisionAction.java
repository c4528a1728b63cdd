package th.ita.portal.history;

/**
 * What a revision did. A {@link #PUBLISH} revision holds the whole published copy; a
 * {@link #CONFLICT} revision keeps an edit that was refused because someone else saved first, so
 * the refused text is never lost.
 */
public enum RevisionAction {

	CREATE, UPDATE, DELETE, PUBLISH, CONFLICT;

	public String messageKey() {
		return "history.action." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
