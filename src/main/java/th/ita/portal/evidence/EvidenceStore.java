package th.ita.portal.evidence;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.core.io.Resource;

/**
 * Where evidence files are kept, each under a generated key: a directory
 * ({@link DirectoryEvidenceStore}, one shared mount when there are several instances) or an
 * S3-compatible bucket ({@link S3EvidenceStore}), chosen by {@code ITA_EVIDENCE_STORE}. A file is
 * kept whole or not at all; a store that cannot be reached says so with
 * {@link EvidenceStoreUnavailableException}, never with a half-kept file.
 */
interface EvidenceStore {

	/** The local directory uploads are received into (hashed and checked) before they are kept. */
	Path incoming();

	/** Keeps a complete received file under a new key, whole or not at all; the received file is gone afterwards. */
	void put(String key, Path received, long size, String sha256Hex) throws IOException;

	/** The kept file, to stream to a reader; null when there is no such file. */
	Resource open(String key);

	/** Deletes a kept file; logs rather than fails when it cannot. */
	void delete(String key);

	/** What it is, for the log: never a secret. */
	String describe();

}
