package th.ita.portal.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone saved the record after the user opened it: the save is refused, nothing is
 * overwritten, and the user sees both versions side by side (edit forms), or the 409 page
 * (deleting or publishing a record that changed in the meantime).
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class EditConflictException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EditConflictException(String what) {
		super(what + " was changed by someone else");
	}

}
