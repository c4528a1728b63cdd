package th.ita.portal.web;

/**
 * Someone saved the record after the user opened it: the save is refused, nothing is
 * overwritten, and the user sees both versions side by side.
 */
public class EditConflictException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EditConflictException(String what) {
		super(what + " was changed by someone else");
	}

}
