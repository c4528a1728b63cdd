package th.ita.portal.evidence;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types evidence may be, as detected from the content. PDF and images open in the
 * browser; Word and Excel files are downloaded.
 */
public enum EvidenceType {

	PDF("application/pdf", "PDF", true),

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX", false),

	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX", false),

	PNG("image/png", "PNG", true),

	JPEG("image/jpeg", "JPEG", true);

	private final String contentType;

	private final String label;

	private final boolean inline;

	EvidenceType(String contentType, String label, boolean inline) {
		this.contentType = contentType;
		this.label = label;
		this.inline = inline;
	}

	public String contentType() {
		return this.contentType;
	}

	/** The short name readers know the type by, e.g. {@code PDF}; the same in every language. */
	public String label() {
		return this.label;
	}

	/** Whether browsers may show it in place ({@code inline}) rather than save it. */
	public boolean inline() {
		return this.inline;
	}

	public static Optional<EvidenceType> ofContentType(String contentType) {
		return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
	}

	/** The allowed types for messages, e.g. {@code PDF, DOCX, XLSX, PNG, JPEG}. */
	public static String allowedLabels() {
		return String.join(", ", Arrays.stream(values()).map(EvidenceType::label).toList());
	}

}
