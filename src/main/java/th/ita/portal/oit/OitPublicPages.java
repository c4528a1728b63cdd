package th.ita.portal.oit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.common.NotFoundException;
import th.ita.portal.framework.FrameworkLineage;
import th.ita.portal.framework.OitItem;
import th.ita.portal.framework.OitItemRepository;
import th.ita.portal.framework.OitSubindicator;
import th.ita.portal.framework.OitTopic;
import th.ita.portal.report.Report;

/**
 * Reads what the public sees of a year's OIT disclosures. Each page costs a fixed number of
 * statements, however many items the year has.
 */
@Service
@Transactional(readOnly = true)
public class OitPublicPages {

	private final OitItemRepository items;

	private final PublishedDisclosureRepository disclosures;

	private final PublishedAttachments attachments;

	private final FrameworkLineage lineage;

	OitPublicPages(OitItemRepository items, PublishedDisclosureRepository disclosures,
			PublishedAttachments attachments, FrameworkLineage lineage) {
		this.items = items;
		this.disclosures = disclosures;
		this.attachments = attachments;
		this.lineage = lineage;
	}

	public OitIndex index(Report report) {
		Map<Long, PublishedDisclosure> byItem = this.disclosures.findByReport(report)
			.stream()
			.collect(Collectors.toMap(PublishedDisclosure::getItemId, Function.identity()));
		Map<OitSubindicator, Map<OitTopic, List<ItemRow>>> grouped = new LinkedHashMap<>();
		for (OitItem item : this.items.findByFramework(report.getFramework())) {
			grouped.computeIfAbsent(item.getSubindicator(), s -> new LinkedHashMap<>())
				.computeIfAbsent(item.getTopic(), t -> new ArrayList<>())
				.add(new ItemRow(item, byItem.get(item.getId())));
		}
		List<SubindicatorGroup> groups = new ArrayList<>();
		grouped.forEach((sub, topics) -> groups.add(new SubindicatorGroup(sub,
				topics.entrySet().stream().map(e -> new TopicGroup(e.getKey(), e.getValue())).toList())));
		return new OitIndex(report, groups);
	}

	public ItemPage item(Report report, String code) {
		OitItem item = this.items.findWithComponents(report.getFramework(), code)
			.orElseThrow(() -> new NotFoundException("OIT item " + code));
		PublishedDisclosure disclosure = this.disclosures.findByReportAndItem(report, item).orElse(null);
		List<?> evidence = (disclosure == null) ? List.of() : this.attachments.of(disclosure);
		return new ItemPage(report, item, disclosure, evidence, this.lineage.earlier(item.getId(), true));
	}

	public List<SubindicatorProgress> progress(Report report) {
		return this.disclosures.progressBySubindicator(report.getFramework(), report);
	}

	public record OitIndex(Report report, List<SubindicatorGroup> groups) {

		public long total() {
			return this.groups.stream().flatMap(g -> g.topics().stream()).mapToLong(t -> t.items().size()).sum();
		}

	}

	public record SubindicatorGroup(OitSubindicator subindicator, List<TopicGroup> topics) {
	}

	/** Items under one topic heading; the topic is null where a sub-indicator has no headings. */
	public record TopicGroup(OitTopic topic, List<ItemRow> items) {
	}

	/** An item and what was published for it, or null when nothing was. */
	public record ItemRow(OitItem item, PublishedDisclosure disclosure) {

		public boolean done() {
			return this.disclosure != null && this.disclosure.getStatus().isDone();
		}

	}

	/** An item's public page: the item, what was published for it (or null) and its published evidence. */
	public record ItemPage(Report report, OitItem item, PublishedDisclosure disclosure,
			List<?> evidence, List<FrameworkLineage.EarlierYear> earlier) {

		public boolean published() {
			return Objects.nonNull(this.disclosure);
		}

	}

}
