package th.ita.portal.evidence;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * The document's own date (ลงวันที่) and the period it covers, each null when not known; the draft
 * and its published copy both carry them.
 */
@Embeddable
public record EvidenceDates(LocalDate documentDate, LocalDate periodFrom, LocalDate periodTo) {

	/** No date and no period (what an evidence row without them reads as). */
	public static final EvidenceDates NONE = new EvidenceDates(null, null, null);

	static EvidenceDates orNone(EvidenceDates dates) {
		return dates == null ? NONE : dates;
	}

	public boolean isEmpty() {
		return this.documentDate == null && this.periodFrom == null && this.periodTo == null;
	}

}
