package th.ita.portal.evidence;

/** An upload or link the portal will not keep; the message key says why, in the reader's language. */
class EvidenceRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	private final transient Object[] arguments;

	EvidenceRejectedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

}
