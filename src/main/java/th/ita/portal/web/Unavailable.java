package th.ita.portal.web;

/**
 * Marks an exception that means "a service the portal needs cannot be reached just now" (the
 * evidence store, say): the reader gets the 503 page, as when PostgreSQL is down. Declared here so
 * that features can mark their own exceptions without this package knowing them.
 */
public interface Unavailable {

}
