package th.ita.portal.export;

import java.util.Arrays;
import java.util.Optional;

/** What staff can download, by the token used in URLs and the form. */
public enum ExportFormat {

	PDF("pdf", "pdf", "application/pdf"),

	DOCX("docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),

	XLSX("xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),

	CSV("csv", "zip", "application/zip"),

	ANSWERS_CSV("answers-csv", "csv", "text/csv;charset=UTF-8"),

	ANSWERS_XLSX("answers-xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String token;

	private final String extension;

	private final String contentType;

	ExportFormat(String token, String extension, String contentType) {
		this.token = token;
		this.extension = extension;
		this.contentType = contentType;
	}

	public String token() {
		return this.token;
	}

	public String extension() {
		return this.extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public boolean isAnswerSheet() {
		return this == ANSWERS_CSV || this == ANSWERS_XLSX;
	}

	/** The label's message key, e.g. {@code export.format.answers-csv}. */
	public String messageKey() {
		return "export.format." + this.token;
	}

	public static Optional<ExportFormat> ofToken(String token) {
		return Arrays.stream(values()).filter(f -> f.token.equals(token)).findFirst();
	}

}
