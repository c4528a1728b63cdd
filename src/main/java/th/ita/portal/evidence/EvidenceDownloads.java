package th.ita.portal.evidence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.agency.CurrentAgency;
import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;
import th.ita.portal.common.NotFoundException;
import th.ita.portal.user.CurrentStaff;

/** Finds the file a download names: a draft for staff (and audits it) or a published one for anyone. */
@Service
class EvidenceDownloads {

	private final EvidenceRepository evidence;

	private final PublishedEvidenceRepository published;

	private final AuditLog audit;

	private final CurrentAgency agency;

	EvidenceDownloads(EvidenceRepository evidence, PublishedEvidenceRepository published, AuditLog audit, CurrentAgency agency) {
		this.evidence = evidence;
		this.published = published;
		this.audit = audit;
		this.agency = agency;
	}

	@Transactional
	StoredFile draftFile(long id) {
		CurrentStaff.get();
		Evidence found = this.evidence.findOfAgency(this.agency.id(), id)
			.filter(Evidence::isFile)
			.orElseThrow(() -> new NotFoundException("evidence file " + id));
		this.audit.record(AuditAction.FILE_DOWNLOAD,
				"evidence " + id + ": " + found.getFile().getOriginalName() + " (" + found.getFile().getSha256() + ")");
		return found.getFile();
	}

	/** A published file, found by the item's code in any case, with the code as its framework writes it. */
	@Transactional(readOnly = true)
	PublishedFile publishedFile(int year, String code, long id) {
		return this.published.findPublishedFile(this.agency.id(), year, code, id)
			.map((found) -> new PublishedFile(found.code(), found.evidence().getFile()))
			.orElseThrow(() -> new NotFoundException("published evidence " + id));
	}

	record PublishedFile(String code, StoredFile file) {
	}

}
