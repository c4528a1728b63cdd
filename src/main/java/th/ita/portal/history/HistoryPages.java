package th.ita.portal.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.common.RichText;
import th.ita.portal.common.ThaiDates;
import th.ita.portal.report.Report;
import th.ita.portal.user.CurrentStaff;

/** What the history pages show: revisions with their changes highlighted, and past public copies. */
@Service
@Transactional(readOnly = true)
public class HistoryPages {

	/** Revisions per page of a year's history. */
	static final int PAGE_SIZE = 50;

	/** The highest page number asked for that is read as such; its first row still fits an int. */
	static final int MAX_PAGE = Integer.MAX_VALUE / PAGE_SIZE - 1;

	/** Fields that hold rich text; they are compared as the text staff edit. */
	public static final Set<String> RICH = Set.of("method", "summary", "outcome", "guideline", "progress");

	private final RevisionRepository revisions;

	HistoryPages(RevisionRepository revisions) {
		this.revisions = revisions;
	}

	/**
	 * A page of the year's revisions, newest first, with how many there are: one statement after the
	 * report. A page number past the last (up to 2147483647) gets the last page, a negative one the first.
	 */
	public Page<Revision> ofReport(Report report, int page) {
		CurrentStaff.get();
		Pageable pageable = PageRequest.of(Math.min(Math.max(page, 0), MAX_PAGE), PAGE_SIZE);
		List<RevisionRepository.Counted> rows = this.revisions.findOfReport(report, pageable);
		if (rows.isEmpty() && pageable.getPageNumber() > 0) {
			// Past the last page the rows cannot say how many there are.
			long count = this.revisions.countOfReport(report);
			pageable = PageRequest.of((int) (Math.max(count - 1, 0) / PAGE_SIZE), PAGE_SIZE);
			rows = (count == 0) ? List.of() : this.revisions.findOfReport(report, pageable);
		}
		long total = rows.isEmpty() ? 0 : rows.get(0).total();
		return new PageImpl<>(rows.stream().map(RevisionRepository.Counted::revision).toList(), pageable, total);
	}

	/** The revisions of a record of this year's report (none when the record is another year's). */
	public List<Revision> ofEntity(Report report, EntityKind kind, Long id) {
		CurrentStaff.get();
		return this.revisions.findOfEntity(report, kind, id);
	}

	/** The copy the public saw at the end of a day (Bangkok time), if any was published by then. */
	public Optional<Revision> publicAsOf(Report report, EntityKind kind, Long id, LocalDate day) {
		CurrentStaff.get();
		Instant endOfDay = day.plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant();
		return this.revisions.findPublishedUpTo(report, kind, id, endOfDay).stream().findFirst();
	}

	/** A field's change, word by word; rich text is compared as the text staff type. */
	public static List<WordDiff.Segment> diff(RevisionField field) {
		if (RICH.contains(field.getField())) {
			return WordDiff.of(RichText.toMarkup(field.getBeforeValue()), RichText.toMarkup(field.getAfterValue()));
		}
		return WordDiff.of(field.getBeforeValue(), field.getAfterValue());
	}

	public static boolean rich(RevisionField field) {
		return RICH.contains(field.getField());
	}

}
