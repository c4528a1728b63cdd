package th.ita.portal.history;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.report.Report;

/**
 * Keeps every change of report content. Callers pass the fields before and after (in display
 * order); only the fields that changed are stored, except for a publish, which keeps the whole
 * published copy.
 */
@Service
public class History {

	private final RevisionRepository revisions;

	private final Clock clock;

	History(RevisionRepository revisions, Clock clock) {
		this.revisions = revisions;
		this.clock = clock;
	}

	/**
	 * Records a revision by the signed-in user, in the caller's transaction.
	 * @param before the fields before (empty for a create)
	 * @param after the fields after (empty for a delete)
	 */
	@Transactional
	public Revision record(Report report, EntityKind kind, Long entityId, String label, RevisionAction action,
			Map<String, String> before, Map<String, String> after) {
		Revision revision = new Revision(report, kind, entityId, label, action, currentUsername(), this.clock.instant());
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		for (String field : fields) {
			String was = before.get(field);
			String is = after.get(field);
			if (action == RevisionAction.PUBLISH || !Objects.equals(was, is)) {
				revision.addField(field, was, is);
			}
		}
		return this.revisions.save(revision);
	}

	static String currentUsername() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return (auth != null && auth.isAuthenticated()) ? auth.getName() : "system";
	}

}
