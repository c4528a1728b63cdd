package th.ita.portal.history;

/**
 * What a revision did. A {@link #PUBLISH} revision holds the whole published copy; a
 * {@link #CONFLICT} revision keeps an edit that was refused because someone else saved first, so
 * the refused text is never lost; an {@link #OPENED} revision is a draft created by opening a
 * year, with what it was given (and, when carried, from which year and items).
 */
public enum RevisionAction {

	CREATE, UPDATE, DELETE, PUBLISH, CONFLICT, OPENED;

	public String messageKey() {
		return "history.action." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
