package th.ita.portal.common;

/**
 * A save based on an old version of a record: someone else saved it in between. Nothing is
 * overwritten; the form is shown again with the current values.
 */
public class StaleVersionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StaleVersionException(String what) {
		super(what + " was changed by someone else");
	}

	/** Throws unless the version the form was based on is the record's current version. */
	public static void check(String what, long formVersion, long currentVersion) {
		if (formVersion != currentVersion) {
			throw new StaleVersionException(what);
		}
	}

}
