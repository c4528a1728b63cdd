package th.ita.portal.readiness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import th.ita.portal.agency.SharedStructure;
import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;
import th.ita.portal.common.NotFoundException;
import th.ita.portal.common.RetriedOnLostRace;
import th.ita.portal.framework.OitItem;
import th.ita.portal.framework.OitItemRepository;
import th.ita.portal.report.Report;
import th.ita.portal.user.CurrentStaff;

/**
 * A framework's readiness rules, which admins add, replace and remove. A rule is the framework's
 * (the NACC's words for a fiscal year), shared by every agency on the portal, so an agency's admin
 * may change the rules only while the portal serves that one agency: with several, a change by one
 * would be a write into the others' readiness, and is refused (403); the rules then come with the
 * framework's migrations. A rule naming an item the
 * year's framework does not have, a date that is not one or lies outside 2500–2700 พ.ศ., or a
 * period that ends before it starts is refused with nothing changed; every change is audited.
 */
@RetriedOnLostRace
@Service
@Transactional
public class ReadinessRules {

	private final ReadinessRuleRepository rules;

	private final OitItemRepository items;

	private final AuditLog audit;

	private final Clock clock;

	private final SharedStructure shared;

	ReadinessRules(ReadinessRuleRepository rules, OitItemRepository items, AuditLog audit, Clock clock,
			SharedStructure shared) {
		this.shared = shared;
		this.rules = rules;
		this.items = items;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ReadinessRule> of(Report report) {
		return this.rules.findByFramework(report.getFramework());
	}

	/** Whether this agency's admin may change the rules, which every agency shares ({@link SharedStructure}). */
	public boolean editable() {
		return this.shared.editable();
	}

	private void requireEditable() {
		if (!editable()) {
			throw new AccessDeniedException("readiness rules are shared by the portal's agencies");
		}
	}

	/** Adds the rule, or replaces the item's rule; reports what is wrong in {@code errors} instead. */
	@PreAuthorize("hasRole('ADMIN')")
	public void save(Report report, RuleForm form, Errors errors) {
		requireEditable();
		OitItem item = form.getCode().matches("[oO][1-9][0-9]{0,2}")
				? this.items.findWithComponents(report.getFramework(), form.getCode()).orElse(null) : null;
		if (item == null) {
			errors.rejectValue("code", "readiness.rule.item.unknown", new Object[] { form.getCode() }, null);
		}
		LocalDate[] period = form.period(errors);
		if (period[0] == null && period[1] == null && !errors.hasFieldErrors("periodFrom")) {
			errors.rejectValue("periodFrom", "readiness.rule.date.required");
		}
		if (form.getSource().isEmpty() || form.getSource().length() > RuleForm.MAX_SOURCE) {
			errors.rejectValue("source", "readiness.rule.source.required");
		}
		if (errors.hasErrors()) {
			return;
		}
		String by = CurrentStaff.get().getUsername();
		this.rules.findByItem(item).ifPresent(old -> {
			this.audit.record(AuditAction.READINESS_RULE_CHANGED, "removed " + old.describe());
			this.rules.delete(old);
			this.rules.flush();
		});
		ReadinessRule rule = this.rules.save(new ReadinessRule(item, period[0], period[1], form.getSource(), this.clock.instant(), by));
		this.audit.record(AuditAction.READINESS_RULE_CHANGED, "added " + rule.describe() + " " + rule.getSource());
	}

	@PreAuthorize("hasRole('ADMIN')")
	public void remove(Report report, long id) {
		requireEditable();
		ReadinessRule rule = this.rules.findById(id)
			.filter(r -> r.getItem().getFramework().getId().equals(report.getFramework().getId()))
			.orElseThrow(() -> new NotFoundException("rule " + id));
		this.audit.record(AuditAction.READINESS_RULE_CHANGED, "removed " + rule.describe());
		this.rules.delete(rule);
	}


}
