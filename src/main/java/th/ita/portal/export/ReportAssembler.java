package th.ita.portal.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import th.ita.portal.common.ProgressStatus;
import th.ita.portal.export.ReportContent.MeasureData;
import th.ita.portal.export.ReportContent.PlanData;
import th.ita.portal.export.ReportDocument.Block;
import th.ita.portal.export.ReportDocument.Cell;
import th.ita.portal.export.ReportDocument.Row;
import th.ita.portal.export.ReportDocument.Section;
import th.ita.portal.export.ReportDocument.Table;

/**
 * Turns what was read into the format-neutral {@link ReportDocument}, in the seed report's order
 * and columns, with headings from the {@code export} bundle in the reader's language.
 */
@Component
class ReportAssembler {

	private final MessageSource messages;

	ReportAssembler(MessageSource messages) {
		this.messages = messages;
	}

	ReportDocument assemble(ReportContent content, boolean thaiDigits, Locale locale) {
		Text text = new Text(this.messages, locale, thaiDigits);
		String year = text.number(Integer.toString(content.year()));
		List<String> title = List.of(text.get("export.title", year), text.content(content.agency()),
				text.content(content.district() + " " + content.province()));
		String summary = (content.overallScore() == null)
				? text.get("export.summary.no-score", content.agency(), year)
				: text.get("export.summary", content.agency(), year, text.number(score(content.overallScore())),
						text.content(content.result()));
		List<Section> sections = List.of(measures(content, text), plans(content, text),
				new OitSections(text).section(content.items()));
		return new ReportDocument(content.year(), title, summary,
				content.drafts() ? text.get("export.draft-mark") : null,
				text.columns("export.oit.col.", "subindicator", "topic"), sections);
	}

	private static String score(BigDecimal score) {
		return score.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private Section measures(ReportContent content, Text text) {
		List<Row> rows = new ArrayList<>();
		for (MeasureData m : content.measures()) {
			rows.add(new Row(List.of(Cell.of(text.number(Integer.toString(m.position()))), text.plain(m.name()),
					text.rich(m.method()), text.plain(m.period()), text.plain(m.responsible()), text.rich(m.summary()),
					text.rich(m.outcome()))));
		}
		List<String> columns = text.columns("export.measures.col.", "number", "name", "method", "period",
				"responsible", "summary", "outcome");
		Table table = new Table(null, null, columns, List.of(6, 15, 19, 11, 10, 19, 20), rows);
		return new Section(text.get("export.measures.sheet"), null, List.of(table));
	}

	private Section plans(ReportContent content, Text text) {
		List<Row> rows = new ArrayList<>();
		for (PlanData p : content.plans()) {
			String indicator = text.get("export.plans.indicator", text.number(Integer.toString(p.indicator())),
					p.indicatorName());
			rows.add(new Row(List.of(Cell.of(indicator), text.rich(p.guideline()), text.plain(p.responsible()),
					text.plain(p.period()), text.progress(p.status(), p.progress()))));
		}
		List<String> columns = text.columns("export.plans.col.", "indicator", "guideline", "responsible", "period",
				"progress");
		Table table = new Table(null, null, columns, List.of(15, 30, 12, 12, 31), rows);
		return new Section(text.get("export.plans.sheet"), text.get("export.plans.heading"), List.of(table));
	}

	/** Message lookups and digit handling for one export. */
	record Text(MessageSource messages, Locale locale, boolean thaiDigits) {

		String get(String key, Object... args) {
			return this.messages.getMessage(key, args, this.locale);
		}

		List<String> columns(String prefix, String... names) {
			return java.util.Arrays.stream(names).map(n -> get(prefix + n)).toList();
		}

		/** A number the export writes itself: Thai digits when asked. */
		String number(String digits) {
			return this.thaiDigits ? Digits.thai(digits) : digits;
		}

		/** Stored text: kept as typed, or with its Thai digits made Arabic when asked. */
		String content(String stored) {
			return (stored == null) ? "" : this.thaiDigits ? stored : Digits.arabic(stored);
		}

		Cell plain(String stored) {
			return Cell.of(content(stored));
		}

		Cell rich(String html) {
			return new Cell(blocks(html));
		}

		List<Block> blocks(String html) {
			return RichBlocks.of(content(html));
		}

		/** The seed's check boxes (☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ), then the progress text. */
		Cell progress(ProgressStatus status, String progressHtml) {
			List<Block> blocks = new ArrayList<>();
			blocks.add(Block.paragraph(checkboxes(status)));
			blocks.addAll(blocks(progressHtml));
			return new Cell(blocks);
		}

		String checkboxes(ProgressStatus status) {
			String line = box(status == ProgressStatus.NOT_STARTED) + " " + get(ProgressStatus.NOT_STARTED.messageKey())
					+ " " + box(status == ProgressStatus.DONE) + " " + get(ProgressStatus.DONE.messageKey());
			return (status == ProgressStatus.IN_PROGRESS)
					? line + " " + box(true) + " " + get(ProgressStatus.IN_PROGRESS.messageKey()) : line;
		}

		private static String box(boolean checked) {
			return checked ? "\u2611" : "\u2610";
		}

	}

}
