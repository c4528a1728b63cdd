package th.ita.portal.evidence;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import th.ita.portal.common.RetriedOnLostRace;
import th.ita.portal.oit.DisclosureAccess;
import th.ita.portal.oit.OitDisclosure;

/**
 * Adds an uploaded file to a disclosure's draft evidence: checked against the signed-in user, kept
 * on disk only if its type, told from its content, is allowed, and only if the transaction commits.
 */
@RetriedOnLostRace
@Service
@Transactional
public class EvidenceUploads {

	private final DisclosureAccess access;

	private final EvidenceList list;

	private final EvidenceStorage storage;

	private final EvidenceTypes types;

	private final FileSizes sizes;

	private final DataSize maxSize;

	EvidenceUploads(DisclosureAccess access, EvidenceList list, EvidenceStorage storage, EvidenceTypes types,
			FileSizes sizes, @Value("${ita.upload.max-size}") DataSize maxSize) {
		this.access = access;
		this.list = list;
		this.storage = storage;
		this.types = types;
		this.sizes = sizes;
		this.maxSize = maxSize;
	}

	/**
	 * Keeps an uploaded file, checked by its content, as evidence. The file is on disk if and
	 * only if this transaction commits. An empty title becomes the file's name.
	 */
	public Evidence addFile(int year, String code, String title, String originalName, InputStream content)
			throws IOException {
		OitDisclosure disclosure = this.access.requireEditable(year, code);
		EvidenceStorage.Received received;
		try {
			received = this.storage.receive(content, this.maxSize.toBytes());
		}
		catch (EvidenceStorage.TooLargeException ex) {
			throw new EvidenceRejectedException("evidence.file.too-large", this.sizes.format(this.maxSize.toBytes()));
		}
		EvidenceType type;
		try {
			type = this.types.detect(received.temp());
		}
		catch (IOException | RuntimeException ex) {
			// Refused (a type not allowed, macros, a damaged file) or failed: nothing stays on disk.
			this.storage.discard(received);
			throw ex;
		}
		String name = EvidenceInput.fileName(originalName, type);
		String key;
		try {
			key = this.storage.keep(received);
		}
		catch (EvidenceStoreUnavailableException ex) {
			// Nothing was kept, and the transaction rolls back: the user is told to try again later.
			throw new EvidenceRejectedException("evidence.file.store-unavailable");
		}
		StoredFile file = new StoredFile(key, name, type, received.size(), received.sha256());
		String given = EvidenceInput.plainText(title);
		String shownTitle = given.isEmpty() ? name : given;
		return this.list.add(disclosure, all -> Evidence.file(disclosure, shownTitle, file,
				EvidenceList.nextPosition(all), EvidenceList.user()));
	}

}
