package th.ita.portal.report;

import java.time.Instant;

import th.ita.portal.web.cache.PublicContentChanged;

/**
 * Something of a report was published; public pages of it must show it from the next request. It
 * names the report's agency: the other agencies' kept pages stay as they are.
 */
public record ReportPublished(Long reportId, Long agencyId, Instant at) implements PublicContentChanged {
}
