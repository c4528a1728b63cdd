package th.ita.portal.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On start-up (by the one instance that takes the advisory lock) the storage directory loses the temporary files of uploads that a crash cut off
 * more than an hour ago, and nothing else: not a kept file, not an upload that may still be
 * arriving. Real files in a directory of the test's own.
 */
class EvidenceStorageStartTest {

	@TempDir
	Path storage;

	@Test
	void abandonedUploadsOlderThanAnHourAreRemovedAtStartUp() throws IOException {
		Path abandoned = file(".incoming-0123456789abcdef0123456789abcdef", Duration.ofHours(2));
		Path arriving = file(".incoming-fedcba9876543210fedcba9876543210", Duration.ofMinutes(5));
		Path kept = file("00112233445566778899aabbccddeeff", Duration.ofDays(400));

		AbandonedUploads.removeFrom(this.storage, Clock.systemUTC().instant().minus(AbandonedUploads.AGE));

		assertThat(abandoned).doesNotExist();
		assertThat(arriving).exists();
		assertThat(kept).exists().hasContent("kept");
	}

	private Path file(String name, Duration age) throws IOException {
		Path file = Files.writeString(this.storage.resolve(name), name.startsWith(".") ? "partial" : "kept");
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
		return file;
	}

}
