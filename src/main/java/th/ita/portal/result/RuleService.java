package th.ita.portal.result;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;
import th.ita.portal.common.NotFoundException;
import th.ita.portal.common.RetriedOnLostRace;
import th.ita.portal.common.StaleVersionException;

/**
 * A framework's result rule, entered by an admin from the NACC's manual. Replacing it locks the
 * rule's row, refuses a form based on an old version, and leaves a line in the audit log with the
 * rule before and after. Results already confirmed stay what the admin confirmed.
 */
@Service
@Transactional(readOnly = true)
public class RuleService {

	/** The framework the rule belongs to. */
	public record FrameworkName(long id, int year, String name) {
	}

	private final ResultStore store;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	RuleService(ResultStore store, JdbcTemplate jdbc, AuditLog audit) {
		this.store = store;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public FrameworkName framework(long id) {
		List<FrameworkName> found = this.jdbc.query("select id, fiscal_year, name from framework where id = ?",
				(rs, n) -> new FrameworkName(rs.getLong(1), rs.getInt(2), rs.getString(3)), id);
		if (found.isEmpty()) {
			throw new NotFoundException("framework " + id);
		}
		return found.get(0);
	}

	public ResultRule rule(long frameworkId) {
		return this.store.rule(frameworkId);
	}

	@Transactional
	@RetriedOnLostRace
	public void replace(long frameworkId, long formVersion, List<ResultLevel> levels) {
		FrameworkName framework = framework(frameworkId);
		long version = this.store.lockRule(frameworkId);
		StaleVersionException.check("rule " + frameworkId, formVersion, version);
		ResultRule before = this.store.rule(frameworkId);
		this.store.replaceLevels(frameworkId, levels);
		this.audit.record(AuditAction.RESULT_RULE_CHANGED, framework.year() + " " + framework.name() + ": "
				+ oneLine(RuleText.write(before)) + " → " + oneLine(RuleText.write(new ResultRule(levels, 0))));
	}

	private static String oneLine(String text) {
		return text.substring(RuleText.HEADER.length()).strip().replace('\n', ';');
	}

}
