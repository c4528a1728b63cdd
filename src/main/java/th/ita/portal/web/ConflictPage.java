package th.ita.portal.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;

import th.ita.portal.common.DraftForm;
import th.ita.portal.common.StaleVersionException;

/**
 * The answer to an edit form saved over someone else's save: status 409, the form again with the
 * user's own text, the saved values beside it, and the current version, so that saving again
 * overwrites knowingly. A record someone deleted meanwhile cannot be saved over: the page says so,
 * and the form still holds the typed text.
 */
public final class ConflictPage {

	public static final String ROWS = "conflict";

	/** Whether the record was deleted meanwhile: the typed text can be copied, not saved. */
	public static final String DELETED = "conflictDeleted";

	private ConflictPage() {
	}

	public static void show(StaleVersionException conflict, DraftForm form, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute(ROWS, conflict.rows());
		model.addAttribute(DELETED, conflict.deleted());
		form.setVersion(conflict.currentVersion());
	}

}
