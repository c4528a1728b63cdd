package th.ita.portal.security;

import org.springframework.security.core.AuthenticationException;

/** A sign-in attempt refused before the password was even checked: too many recent failures. */
class SignInThrottledException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	private final transient SignInThrottle.Verdict verdict;

	SignInThrottledException(SignInThrottle.Verdict verdict) {
		super("sign-in throttled until " + verdict.retryAt());
		this.verdict = verdict;
	}

	SignInThrottle.Verdict verdict() {
		return this.verdict;
	}

}
