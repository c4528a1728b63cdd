package th.ita.portal.evidence;

/** Someone changed the evidence since the form was opened; nothing was overwritten. */
class StaleEvidenceException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String currentTitle;

	StaleEvidenceException(String currentTitle) {
		super("evidence changed meanwhile");
		this.currentTitle = currentTitle;
	}

	String currentTitle() {
		return this.currentTitle;
	}

}
