package th.ita.portal.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.ita.portal.report.Audience;
import th.ita.portal.support.PortalTest;

/**
 * Writes sample exports of the demo report to target/export-samples, to look at (pdftoppm) or open
 * in an office suite. Tagged so that {@code verify} skips it: {@code ./mvnw test -Dgroups=samples
 * -Dtest=ExportSamplesTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@PortalTest
@Tag("samples")
class ExportSamplesTest {

	@Autowired
	Exports exports;

	@Test
	void writeSamples() throws Exception {
		Path dir = Files.createDirectories(Path.of("target/export-samples"));
		for (ExportFormat format : ExportFormat.values()) {
			for (boolean drafts : new boolean[] { false, true }) {
				ExportFile file = this.exports.export(2566, format, true, drafts, Audience.STAFF, Locale.forLanguageTag("th"));
				Files.write(dir.resolve(file.asciiFilename()), file.bytes());
			}
		}
	}

}
