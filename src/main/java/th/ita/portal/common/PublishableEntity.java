package th.ita.portal.common;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.OptimisticLock;

/**
 * A draft row the public sees a published copy of: it remembers which of its versions was
 * published, and when. Publishing does not move the version, so an open edit form stays valid.
 */
@MappedSuperclass
public abstract class PublishableEntity extends EditableEntity {

	/** The version the public sees; null when never published. */
	@OptimisticLock(excluded = true)
	private Long publishedVersion;

	@OptimisticLock(excluded = true)
	private Instant publishedAt;

	public Long getPublishedVersion() {
		return this.publishedVersion;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	/** True when the public sees an older copy than this draft, or none at all. */
	public boolean hasUnpublishedChanges() {
		return this.publishedVersion == null || this.publishedVersion != getVersion();
	}

	/** Marks this draft as what the public now sees. */
	public void markPublished(Instant at) {
		this.publishedVersion = getVersion();
		this.publishedAt = at;
	}

}
