package th.ita.portal.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

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
 * confirmed by the parts inside the ZIP.
 */
@Component
class EvidenceTypes {

	private static final MediaType OOXML = MediaType.application("x-tika-ooxml");

	private final Detector detector = new DefaultDetector();

	Optional<EvidenceType> detect(Path file) throws IOException {
		MediaType detected;
		try (InputStream in = Files.newInputStream(file); TikaInputStream tika = TikaInputStream.get(in)) {
			detected = this.detector.detect(tika, new Metadata(), new ParseContext());
		}
		if (detected.equals(OOXML) || detected.equals(MediaType.APPLICATION_ZIP)) {
			return office(file);
		}
		return EvidenceType.ofContentType(detected.getBaseType().toString())
			.filter(t -> t != EvidenceType.DOCX && t != EvidenceType.XLSX);
	}

	private static Optional<EvidenceType> office(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.getEntry("[Content_Types].xml") == null) {
				return Optional.empty();
			}
			if (zip.getEntry("word/document.xml") != null) {
				return Optional.of(EvidenceType.DOCX);
			}
			if (zip.getEntry("xl/workbook.xml") != null) {
				return Optional.of(EvidenceType.XLSX);
			}
			return Optional.empty();
		}
		catch (ZipException ex) {
			return Optional.empty();
		}
	}

}
