package th.ita.portal.oit;

/** The responsible units chosen in a form cannot be saved; carries the message key to show. */
public class InvalidUnitsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	public InvalidUnitsException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
