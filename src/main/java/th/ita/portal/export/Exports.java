package th.ita.portal.export;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import th.ita.portal.report.Audience;

/**
 * Makes one export: reads the year's report (published, or drafts when asked), lays it out once
 * in the format-neutral model and writes it in the asked format, all in memory.
 */
@Service
public class Exports {

	private final ReportReader reader;

	private final ReportAssembler assembler;

	private final DocxWriter docx;

	private final PdfWriter pdf;

	private final XlsxWriter xlsx;

	private final CsvWriter csv;

	private final AnswerSheet answers;

	private final MessageSource messages;

	Exports(ReportReader reader, ReportAssembler assembler, DocxWriter docx, PdfWriter pdf, XlsxWriter xlsx,
			CsvWriter csv, AnswerSheet answers, MessageSource messages) {
		this.reader = reader;
		this.assembler = assembler;
		this.docx = docx;
		this.pdf = pdf;
		this.xlsx = xlsx;
		this.csv = csv;
		this.answers = answers;
		this.messages = messages;
	}

	public ExportFile export(int year, ExportFormat format, boolean thaiDigits, boolean drafts, Audience audience,
			Locale locale) {
		ReportContent content = this.reader.read(year, drafts, audience);
		byte[] bytes = switch (format) {
			case ANSWERS_CSV -> this.answers.csv(content, locale);
			case ANSWERS_XLSX -> this.answers.xlsx(content, locale);
			default -> write(this.assembler.assemble(content, thaiDigits, locale), format, locale);
		};
		String base = format.isAnswerSheet() ? "export.file.answers" : "export.file.report";
		String name = this.messages.getMessage(base, new Object[] { Integer.toString(year) }, locale)
				+ (drafts ? "-" + this.messages.getMessage("export.file.draft", null, locale) : "");
		String ascii = (format.isAnswerSheet() ? "ita-oit-answers-" : "ita-report-") + year + (drafts ? "-draft" : "");
		return new ExportFile(bytes, name + "." + format.extension(), ascii + "." + format.extension(),
				format.contentType(), content.lastPublishedAt());
	}

	private byte[] write(ReportDocument report, ExportFormat format, Locale locale) {
		String page = this.messages.getMessage("export.page", null, locale);
		return switch (format) {
			case PDF -> this.pdf.write(report, page, this.messages.getMessage("export.page.of", null, locale));
			case DOCX -> this.docx.write(report, page);
			case XLSX -> this.xlsx.write(report);
			case CSV -> this.csv.write(report);
			default -> throw new IllegalArgumentException(format.name());
		};
	}

}
