package th.ita.portal.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.springframework.stereotype.Component;

/**
 * Tells a file's type from its content with Apache Tika, never from its name. tika-core 4.0.0
 * detects Word and Excel files only as an OOXML container ({@code application/x-tika-ooxml}, or
 * {@code application/zip} when {@code [Content_Types].xml} is not the first entry), so those are
 * read as packages by {@link OfficePackage}, which also refuses the ones that can run code.
 */
@Component
class EvidenceTypes {

	private static final MediaType OOXML = MediaType.application("x-tika-ooxml");

	private final Detector detector = new DefaultDetector();

	/**
	 * The type of an upload.
	 * @throws EvidenceRejectedException when it is not one of the allowed types, can run code
	 * (macros, ActiveX), or cannot be read to tell
	 */
	EvidenceType detect(Path file) throws IOException {
		MediaType detected;
		try (InputStream in = Files.newInputStream(file); TikaInputStream tika = TikaInputStream.get(in)) {
			detected = this.detector.detect(tika, new Metadata(), new ParseContext());
		}
		if (detected.equals(OOXML) || detected.equals(MediaType.APPLICATION_ZIP)) {
			return switch (OfficePackage.inspect(file)) {
				case DOCX -> EvidenceType.DOCX;
				case XLSX -> EvidenceType.XLSX;
				case ACTIVE_CONTENT -> throw new EvidenceRejectedException("evidence.file.active-content");
				case UNREADABLE -> throw new EvidenceRejectedException("evidence.file.unreadable");
				case OTHER -> throw notAllowed();
			};
		}
		return EvidenceType.ofContentType(detected.getBaseType().toString())
			.filter(t -> t != EvidenceType.DOCX && t != EvidenceType.XLSX)
			.orElseThrow(EvidenceTypes::notAllowed);
	}

	private static EvidenceRejectedException notAllowed() {
		return new EvidenceRejectedException("evidence.file.type", EvidenceType.allowedLabels());
	}

}
