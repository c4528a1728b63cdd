package th.ita.portal.framework;

/** A framework that an agency's year uses cannot be deleted. */
public class FrameworkInUseException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int reports;

	FrameworkInUseException(int reports) {
		super("framework used by " + reports + " reports");
		this.reports = reports;
	}

	public int reports() {
		return this.reports;
	}

}
