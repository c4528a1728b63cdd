package th.ita.portal.readiness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.ita.portal.common.ProgressStatus;
import th.ita.portal.common.ThaiDates;
import th.ita.portal.evidence.EvidenceDates;
import th.ita.portal.evidence.PublishedEvidence;
import th.ita.portal.framework.FiscalYear;
import th.ita.portal.linkcheck.LinkHealth;
import th.ita.portal.linkcheck.LinkState;

/**
 * Judges one item as the evaluator would, from facts already read (no statements): published,
 * done, evidence present, every component covered by published evidence, evidence dated in the
 * fiscal year (or covering the period the item's rule names), the published copy equal to the
 * draft, and every link reachable (a link failing for more than a day needs attention).
 */
final class ReadinessJudge {

	private final FiscalYear year;

	private final Map<LinkHealth.Link, LinkState> links;

	private final Instant now;

	private final ThaiDates dates;

	ReadinessJudge(FiscalYear year, Map<LinkHealth.Link, LinkState> links, Instant now, ThaiDates dates) {
		this.year = year;
		this.links = links;
		this.now = now;
		this.dates = dates;
	}

	ItemReadiness judge(ItemFacts facts) {
		List<Check> checks = new ArrayList<>();
		boolean published = facts.published() != null;
		checks.add(Check.of("published", published, ReadinessState.NOT_READY));
		ProgressStatus status = published ? facts.published().getStatus() : facts.draft().getStatus();
		checks.add(Check.of("done", status == ProgressStatus.DONE, ReadinessState.NOT_READY));
		checks.add(Check.of("evidence", !facts.evidence().isEmpty(), ReadinessState.NOT_READY));
		components(facts, checks);
		if (!facts.evidence().isEmpty()) {
			if (facts.rule() != null) {
				period(facts, checks);
			}
			else {
				fiscalYear(facts, checks);
			}
		}
		if (published) {
			checks.add(Check.of("same-as-draft", !facts.draft().hasUnpublishedChanges(), ReadinessState.NEEDS_ATTENTION));
		}
		links(facts, checks);
		return ItemReadiness.of(facts, checks);
	}

	/** Each component must be tied to published evidence; a tie to a component covers its sub-entries. */
	private static void components(ItemFacts facts, List<Check> checks) {
		Set<Long> tied = new HashSet<>();
		facts.evidence().forEach(e -> tied.addAll(e.getComponentIds()));
		int coveredDepth = -1;
		for (ComponentRow c : facts.components()) {
			if (coveredDepth >= 0 && c.depth() <= coveredDepth) {
				coveredDepth = -1;
			}
			boolean covered = coveredDepth >= 0 || tied.contains(c.id());
			if (tied.contains(c.id()) && coveredDepth < 0) {
				coveredDepth = c.depth();
			}
			checks.add(Check.of("component", covered, ReadinessState.NOT_READY, String.valueOf(c.position()), c.text()));
		}
	}

	private void fiscalYear(ItemFacts facts, List<Check> checks) {
		String fy = String.valueOf(this.year.buddhistYear());
		boolean all = true;
		for (PublishedEvidence e : facts.evidence()) {
			if (e.getDates().isEmpty()) {
				checks.add(Check.of("undated", false, ReadinessState.NEEDS_ATTENTION, e.getTitle()));
				all = false;
			}
			else if (!inYear(e)) {
				checks.add(Check.of("outside-year", false, ReadinessState.NOT_READY, e.getTitle(), fy));
				all = false;
			}
		}
		if (all) {
			checks.add(Check.of("dated", true, ReadinessState.NEEDS_ATTENTION, fy));
		}
	}

	/** Dated in the fiscal year, or covering a period that overlaps it. */
	private boolean inYear(PublishedEvidence e) {
		LocalDate first = this.year.firstDay();
		LocalDate last = this.year.lastDay();
		EvidenceDates d = e.getDates();
		boolean dated = d.documentDate() != null && !d.documentDate().isBefore(first) && !d.documentDate().isAfter(last);
		boolean overlaps = d.periodFrom() != null && d.periodTo() != null && !d.periodFrom().isAfter(last)
				&& !d.periodTo().isBefore(first);
		return dated || overlaps;
	}

	/** The periods the published evidence covers must together cover the rule's period, without a gap. */
	private void period(ItemFacts facts, List<Check> checks) {
		LocalDate from = facts.rule().getPeriodFrom();
		LocalDate to = facts.rule().getPeriodTo();
		List<EvidenceDates> spans = facts.evidence().stream()
			.map(PublishedEvidence::getDates)
			.filter(d -> d.periodFrom() != null && d.periodTo() != null)
			.sorted(Comparator.comparing(EvidenceDates::periodFrom))
			.toList();
		LocalDate reached = from.minusDays(1);
		for (EvidenceDates d : spans) {
			if (d.periodFrom().isAfter(reached.plusDays(1))) {
				break;
			}
			if (d.periodTo().isAfter(reached)) {
				reached = d.periodTo();
			}
		}
		checks.add(Check.of("period", !reached.isBefore(to), ReadinessState.NOT_READY, this.dates.date(from),
				this.dates.date(to)));
	}

	private void links(ItemFacts facts, List<Check> checks) {
		boolean any = false;
		boolean all = true;
		for (PublishedEvidence e : facts.evidence()) {
			if (e.isFile()) {
				continue;
			}
			any = true;
			LinkState state = this.links.getOrDefault(new LinkHealth.Link(e.getEvidenceId(), e.getUrl()), LinkState.PENDING);
			if (state.brokenMoreThanADay(this.now)) {
				checks.add(Check.of("link-broken", false, ReadinessState.NEEDS_ATTENTION, e.getTitle(),
						this.dates.date(state.firstFailureAt())));
				all = false;
			}
		}
		if (any && all) {
			checks.add(Check.of("links", true, ReadinessState.NEEDS_ATTENTION));
		}
	}

}
