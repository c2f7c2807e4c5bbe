package vn.atgt.thidua.account.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in behind the throttle: a locked name is refused before its password is checked, each failure counts
 * toward the lock and a success clears the count. A deactivated account fails like a wrong password, so that the
 * answer never tells whether a name exists.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;
	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String name = authentication.getName();
		if (throttle.isLocked(name)) {
			throw new LockedException("locked");
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.recordSuccess(name);
			return result;
		}
		catch (BadCredentialsException | DisabledException e) {
			if (throttle.recordFailure(name, remoteAddress(authentication))) {
				throw new LockedException("locked now", e);
			}
			throw new BadCredentialsException("bad credentials", e);
		}
		catch (AuthenticationException e) {
			throttle.recordFailure(name, remoteAddress(authentication));
			throw e;
		}
	}

	private static String remoteAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
