package th.ita.portal.user;

import th.ita.portal.web.cache.PublicContentChanged;

/**
 * Published when accounts were created, enabled or disabled, so cached facts about them refresh.
 * Whether the demo banner shows depends on them, so every instance is told (as of a publish).
 */
public record UsersChanged() implements PublicContentChanged {

}
