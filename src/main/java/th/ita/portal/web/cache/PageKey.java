package th.ita.portal.web.cache;

import th.ita.portal.web.cache.PublishGeneration.Stamp;

/**
 * What a kept page is kept under ({@link PageKeys}): its agency and the generation it was rendered
 * in apart, so that a publish of the agency can tell its pages, and the rest of what its bytes
 * depend on as one string.
 */
record PageKey(long agency, Stamp generation, String page) {
}
