package th.ita.portal.oit;

import java.util.List;

/**
 * What hangs off a published disclosure (its evidence), read for the item's public page. The
 * evidence feature implements it, so that it depends on OIT and OIT knows nothing of it, as with
 * {@link DisclosurePublishListener}.
 */
public interface PublishedAttachments {

	/** The published attachments of this disclosure, in their order, in one statement. */
	List<?> of(PublishedDisclosure disclosure);

}
