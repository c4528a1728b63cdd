package th.ita.portal.linkcheck;

import java.util.Set;

/**
 * FOR TESTS ONLY: lets the checker fetch 127.0.0.1 on these ports, where a test runs its own HTTP
 * server. No setting creates one: only a test registers a bean of this package-private type, so
 * production code outside this package cannot, and no property can. Even then only the loopback
 * address on these exact ports is let through; every other unsafe address is still refused.
 */
interface LoopbackAllowance {

	Set<Integer> ports();

}
