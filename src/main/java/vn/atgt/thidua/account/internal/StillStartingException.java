package vn.atgt.thidua.account.internal;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused because the application is not ready yet (its start-up steps, such as loading the demo data, are
 * still running): the account may not exist yet, so the password is not checked and nothing counts as a failure.
 */
class StillStartingException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	StillStartingException() {
		super("the application is still starting");
	}
}
