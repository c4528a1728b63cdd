package th.ita.portal.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.agency.CurrentAgency;

/**
 * The public addresses of a year's published evidence, item by item: a file's permanent download
 * page on this portal, or a link's own address. Used by the NACC answer sheet.
 */
@Service
@Transactional(readOnly = true)
public class PublicEvidenceLinks {

	private final PublishedEvidenceRepository published;

	private final CurrentAgency agency;

	PublicEvidenceLinks(PublishedEvidenceRepository published, CurrentAgency agency) {
		this.published = published;
		this.agency = agency;
	}

	/** Item code (o1…) → the public URLs of its published evidence, in order. */
	public Map<String, List<String>> byItem(int year, String baseUrl) {
		Map<String, List<String>> urls = new LinkedHashMap<>();
		for (PublishedEvidenceRepository.OfItem row : this.published.findPublishedOfYear(this.agency.id(), year)) {
			PublishedEvidence e = row.evidence();
			String url = e.isFile() ? baseUrl + "/ita/" + year + "/oit/" + row.code() + "/evidence/" + e.getEvidenceId() : e.getUrl();
			urls.computeIfAbsent(row.code(), c -> new ArrayList<>()).add(url);
		}
		return urls;
	}

}
