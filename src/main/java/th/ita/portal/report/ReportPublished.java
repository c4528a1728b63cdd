package th.ita.portal.report;

import java.time.Instant;

/** Something of a report was published; public pages of it must show it from the next request. */
public record ReportPublished(Long reportId, Instant at) {
}
