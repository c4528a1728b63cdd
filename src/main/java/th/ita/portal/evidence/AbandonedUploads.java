package th.ita.portal.evidence;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up, removes the temporary files of uploads that a crash cut off more than an hour ago,
 * and nothing else: not a kept file, not an upload that may still be arriving. Instances starting
 * together do it once: the one that takes the advisory lock cleans, the others go on.
 */
@Component
class AbandonedUploads implements ApplicationRunner {

	/** The advisory lock's key: ASCII "ITA" and 2, this start-up task's number. */
	static final long LOCK = 0x495441_02L;

	static final Duration AGE = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(AbandonedUploads.class);

	private final EvidenceStorage storage;

	private final JdbcClient jdbc;

	private final Clock clock;

	AbandonedUploads(EvidenceStorage storage, JdbcClient jdbc, Clock clock) {
		this.storage = storage;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		boolean mine = this.jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK)
			.query(Boolean.class)
			.single();
		if (mine) {
			int removed = removeFrom(this.storage.incoming(), this.clock.instant().minus(AGE));
			if (removed > 0) {
				log.info("Removed {} abandoned upload(s)", removed);
			}
		}
	}

	/** Removes temporary upload files last written before the cutoff; answers how many. */
	static int removeFrom(Path incoming, Instant cutoff) throws IOException {
		int removed = 0;
		try (DirectoryStream<Path> stale = Files.newDirectoryStream(incoming, EvidenceStorage.INCOMING + "*")) {
			for (Path file : stale) {
				if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff) && Files.deleteIfExists(file)) {
					removed++;
				}
			}
		}
		return removed;
	}

}
