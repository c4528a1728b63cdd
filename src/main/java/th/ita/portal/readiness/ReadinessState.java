package th.ita.portal.readiness;

/** How an item stands before the evaluator opens it, best first. */
public enum ReadinessState {

	/** Every check passes. */
	READY,
	/** The evaluator may still pass it, but something needs a look: a date, an unpublished change, a dead link. */
	NEEDS_ATTENTION,
	/** The evaluator would not pass it: unpublished, not done, no evidence, a component or the period missing. */
	NOT_READY;

	/** The message key of its name, e.g. {@code readiness.state.NOT_READY}. */
	public String messageKey() {
		return "readiness.state." + name();
	}

	/** The worse of the two. */
	ReadinessState worse(ReadinessState other) {
		return other.ordinal() > ordinal() ? other : this;
	}

}
