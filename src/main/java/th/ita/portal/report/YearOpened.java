package th.ita.portal.report;

import th.ita.portal.web.cache.PublicContentChanged;

/**
 * A year of the agency was opened (its report created). Nothing of it is published yet, but every
 * public page of a year links the agency's years (the year switcher), so the kept public pages
 * must be rendered afresh once the opening has committed; see {@link Publications#opened}.
 */
public record YearOpened(Long reportId) implements PublicContentChanged {
}
