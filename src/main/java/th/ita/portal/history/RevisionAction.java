package th.ita.portal.history;

/** What a revision did. A {@link #PUBLISH} revision holds the whole published copy. */
public enum RevisionAction {

	CREATE, UPDATE, DELETE, PUBLISH;

	public String messageKey() {
		return "history.action." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
