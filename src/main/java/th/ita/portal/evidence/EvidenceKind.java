package th.ita.portal.evidence;

/** A piece of evidence is a link to a page elsewhere or a file kept by the portal. */
public enum EvidenceKind {

	LINK, FILE

}
