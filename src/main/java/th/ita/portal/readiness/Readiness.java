package th.ita.portal.readiness;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.common.ThaiDates;
import th.ita.portal.evidence.PublishedEvidence;
import th.ita.portal.evidence.PublishedEvidenceRepository;
import th.ita.portal.framework.FiscalYear;
import th.ita.portal.linkcheck.LinkHealth;
import th.ita.portal.oit.OitDisclosure;
import th.ita.portal.oit.OitDisclosureRepository;
import th.ita.portal.oit.PublishedDisclosure;
import th.ita.portal.oit.PublishedDisclosureRepository;
import th.ita.portal.report.Report;

/**
 * A year's readiness: every item judged as the evaluator would ({@link ReadinessJudge}), from six
 * statements whatever the year holds: the drafts with their items and units, the published copies,
 * the components, the published evidence with its ties, the rules and the links' last checks.
 */
@Service
@Transactional(readOnly = true)
public class Readiness {

	private final OitDisclosureRepository disclosures;

	private final PublishedDisclosureRepository published;

	private final ComponentRows components;

	private final PublishedEvidenceRepository evidence;

	private final ReadinessRuleRepository rules;

	private final LinkHealth links;

	private final Clock clock;

	private final ThaiDates dates;

	Readiness(OitDisclosureRepository disclosures, PublishedDisclosureRepository published, ComponentRows components,
			PublishedEvidenceRepository evidence, ReadinessRuleRepository rules, LinkHealth links, Clock clock,
			ThaiDates dates) {
		this.disclosures = disclosures;
		this.published = published;
		this.components = components;
		this.evidence = evidence;
		this.rules = rules;
		this.links = links;
		this.clock = clock;
		this.dates = dates;
	}

	public YearReadiness of(Report report) {
		List<OitDisclosure> drafts = this.disclosures.findByReport(report);
		Map<Long, PublishedDisclosure> copies = this.published.findByReport(report).stream()
			.collect(Collectors.toMap(PublishedDisclosure::getItemId, Function.identity()));
		Map<Long, List<ComponentRow>> componentsOf = this.components.findByFramework(report.getFramework()).stream()
			.collect(Collectors.groupingBy(ComponentRow::itemId));
		List<PublishedEvidence> all = this.evidence.findByReportWithComponents(report);
		Map<Long, List<PublishedEvidence>> evidenceOf = all.stream()
			.collect(Collectors.groupingBy(PublishedEvidence::getDisclosureId));
		Map<Long, ReadinessRule> ruleOf = this.rules.findByFramework(report.getFramework()).stream()
			.collect(Collectors.toMap(ReadinessRule::getItemId, Function.identity()));
		List<LinkHealth.Link> published = all.stream().filter(e -> !e.isFile())
			.map(e -> new LinkHealth.Link(e.getEvidenceId(), e.getUrl())).toList();
		ReadinessJudge judge = new ReadinessJudge(new FiscalYear(report.getFiscalYear()), this.links.of(published),
				this.clock.instant(), this.dates);
		List<ItemReadiness> items = new ArrayList<>();
		for (OitDisclosure d : drafts) {
			Long itemId = d.getItem().getId();
			items.add(judge.judge(new ItemFacts(d, copies.get(itemId), componentsOf.getOrDefault(itemId, List.of()),
					evidenceOf.getOrDefault(d.getId(), List.of()), ruleOf.get(itemId))));
		}
		return new YearReadiness(report, List.copyOf(items));
	}

}
