package th.ita.portal.history;

/** The kinds of report content whose every change is kept. */
public enum EntityKind {

	MEASURE, PLAN, DISCLOSURE;

	public String messageKey() {
		return "history.kind." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
