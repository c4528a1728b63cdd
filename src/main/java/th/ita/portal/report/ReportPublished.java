package th.ita.portal.report;

import java.time.Instant;

import th.ita.portal.web.cache.PublicContentChanged;

/** Something of a report was published; public pages of it must show it from the next request. */
public record ReportPublished(Long reportId, Instant at) implements PublicContentChanged {
}
