package th.ita.portal.common;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A save, delete or publish based on an old version of a record: someone else saved it in
 * between. Nothing is overwritten. An edit form shows both versions side by side
 * ({@link #rows()}, with the record's {@link #currentVersion()}); anything else that lets it
 * through gets the 409 page.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class StaleVersionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<ConflictRow> rows;

	private final long currentVersion;

	private final boolean deleted;

	public StaleVersionException(String what) {
		this(what, List.of(), -1, false);
	}

	/**
	 * @param rows the saved values beside the refused ones, read in the transaction that refused them
	 * @param currentVersion the version the form must carry to save over what is saved now
	 * @param deleted whether someone deleted the record: then no version can save over it
	 */
	public StaleVersionException(String what, List<ConflictRow> rows, long currentVersion, boolean deleted) {
		super(what + (deleted ? " was deleted by someone else" : " was changed by someone else"));
		this.rows = List.copyOf(rows);
		this.currentVersion = currentVersion;
		this.deleted = deleted;
	}

	/** Throws unless the version the form was based on is the record's current version. */
	public static void check(String what, long formVersion, long currentVersion) {
		if (formVersion != currentVersion) {
			throw new StaleVersionException(what);
		}
	}

	public List<ConflictRow> rows() {
		return this.rows;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

	public boolean deleted() {
		return this.deleted;
	}

}
