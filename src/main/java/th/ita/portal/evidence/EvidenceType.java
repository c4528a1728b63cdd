package th.ita.portal.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The file types evidence may be, as detected from the content. PDF and images open in the
 * browser; Word and Excel files are downloaded.
 */
public enum EvidenceType {

	PDF("application/pdf", "PDF", true, "pdf"),

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX", false, "docx"),

	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX", false, "xlsx"),

	PNG("image/png", "PNG", true, "png"),

	JPEG("image/jpeg", "JPEG", true, "jpg", "jpeg");

	private final String contentType;

	private final String label;

	private final boolean inline;

	private final List<String> extensions;

	EvidenceType(String contentType, String label, boolean inline, String... extensions) {
		this.contentType = contentType;
		this.label = label;
		this.inline = inline;
		this.extensions = List.of(extensions);
	}

	/** The file name extensions of this type (lower case, without the dot), the usual one first. */
	public List<String> extensions() {
		return this.extensions;
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
