package th.ita.portal.evidence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Evidence in a directory ({@code ITA_STORAGE_DIR}). Uploads are received beside their final place
 * and moved there atomically, after a sync, so a file appears whole or not at all. With several
 * instances the directory must be one shared mount (NFS, a cluster file system) that every instance
 * sees at the same path, with atomic rename.
 */
class DirectoryEvidenceStore implements EvidenceStore {

	private static final Logger log = LoggerFactory.getLogger(DirectoryEvidenceStore.class);

	private final Path root;

	DirectoryEvidenceStore(Path root) throws IOException {
		this.root = Files.createDirectories(root.toAbsolutePath().normalize());
	}

	@Override
	public Path incoming() {
		return this.root;
	}

	@Override
	public void put(String key, Path received, long size, String sha256Hex) throws IOException {
		Files.move(received, this.root.resolve(key), StandardCopyOption.ATOMIC_MOVE);
		syncDirectory();
	}

	@Override
	public Resource open(String key) {
		Path path = this.root.resolve(key);
		return Files.isRegularFile(path) ? new FileSystemResource(path) : null;
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(this.root.resolve(key));
		}
		catch (IOException ex) {
			log.warn("Could not remove stored file {}", key, ex);
		}
	}

	@Override
	public String describe() {
		return "directory " + this.root;
	}

	private void syncDirectory() {
		try (FileChannel dir = FileChannel.open(this.root, StandardOpenOption.READ)) {
			dir.force(true);
		}
		catch (IOException ex) {
			log.debug("Directory sync not supported here", ex);
		}
	}

}
