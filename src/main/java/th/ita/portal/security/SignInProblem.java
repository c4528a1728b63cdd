package th.ita.portal.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * Why the last sign-in attempt failed, kept in the session for the sign-in page that follows:
 * the kind of problem, when to try again (if throttled) and the username typed.
 */
record SignInProblem(SignInThrottle.Kind kind, Instant retryAt, String username) implements Serializable {

	static final String ATTRIBUTE = SignInProblem.class.getName();

	boolean badCredentials() {
		return this.kind == SignInThrottle.Kind.ALLOWED;
	}

}
