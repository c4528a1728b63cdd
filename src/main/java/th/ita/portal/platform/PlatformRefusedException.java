package th.ita.portal.platform;

/**
 * A platform change refused for a reason the form shows beside a field (a taken slug or host name,
 * an agency that already has an admin); nothing was changed.
 */
class PlatformRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	private final String messageKey;

	PlatformRefusedException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	String field() {
		return this.field;
	}

	String messageKey() {
		return this.messageKey;
	}

}
