package th.ita.portal.evidence;

import java.util.HexFormat;

import jakarta.persistence.Embeddable;

/**
 * A file in the storage directory: the generated key it is stored under (never the user's file
 * name), the name it was uploaded with (sanitised, for display only), its checked type, size and
 * SHA-256.
 */
@Embeddable
public class StoredFile {

	private String storageKey;

	private String originalName;

	private String contentType;

	private Long sizeBytes;

	private String sha256;

	protected StoredFile() {
	}

	StoredFile(String storageKey, String originalName, EvidenceType type, long sizeBytes, byte[] sha256) {
		this.storageKey = storageKey;
		this.originalName = originalName;
		this.contentType = type.contentType();
		this.sizeBytes = sizeBytes;
		this.sha256 = HexFormat.of().formatHex(sha256);
	}

	StoredFile copy() {
		StoredFile copy = new StoredFile();
		copy.storageKey = this.storageKey;
		copy.originalName = this.originalName;
		copy.contentType = this.contentType;
		copy.sizeBytes = this.sizeBytes;
		copy.sha256 = this.sha256;
		return copy;
	}

	public String getStorageKey() {
		return this.storageKey;
	}

	public String getOriginalName() {
		return this.originalName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	public EvidenceType getType() {
		return EvidenceType.ofContentType(this.contentType).orElseThrow();
	}

	/** {@code report.pdf, 12345 B, sha256:0123456789ab} for the history. */
	String describe() {
		return this.originalName + ", " + this.sizeBytes + " B, sha256:" + this.sha256.substring(0, 12);
	}

}
