package th.ita.portal.readiness;

/** A required data component of an item, as the readiness checks need it. */
public record ComponentRow(Long itemId, Long id, int position, int depth, String text) {
}
