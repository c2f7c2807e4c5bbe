package vn.atgt.thidua.common.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused, before its password is checked, because too many failed sign-ins came from the same network
 * address. The same for every name typed, so it tells nothing about which names exist.
 */
public class SignInThrottledException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	public SignInThrottledException() {
		super("too many failed sign-ins from this address");
	}
}
