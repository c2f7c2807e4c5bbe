package vn.atgt.thidua.account.internal;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import vn.atgt.thidua.common.security.SignInThrottledException;

/**
 * Password sign-in behind two throttles: an address with too many failures, and a locked name, are refused before the
 * password is checked (no hashing for them either); each failure counts toward both, and a success clears the name's
 * count. A deactivated account fails like a wrong password, so that the answer never tells whether a name exists.
 * <p>
 * Until the application is ready (its start-up runners, the demo data among them, have finished: the readiness state
 * that {@code /actuator/health} reports), a sign-in is refused as "still starting" and counts toward neither throttle:
 * the account may simply not be loaded yet.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;
	private final LoginThrottle names;
	private final AddressThrottle addresses;
	private final ApplicationAvailability availability;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle names, AddressThrottle addresses,
			ApplicationAvailability availability) {
		this.passwords = passwords;
		this.names = names;
		this.addresses = addresses;
		this.availability = availability;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String name = authentication.getName();
		String address = remoteAddress(authentication);
		if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
			throw new StillStartingException();
		}
		// Checked first, even for a right password: otherwise a refused address could still learn which guesses hit.
		if (addresses.isRefused(address)) {
			throw new SignInThrottledException();
		}
		if (names.isLocked(name)) {
			addresses.recordFailure(address);
			throw new LockedException("locked");
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			names.recordSuccess(name);
			return result;
		}
		catch (BadCredentialsException | DisabledException e) {
			addresses.recordFailure(address);
			if (names.recordFailure(name, address)) {
				throw new LockedException("locked now", e);
			}
			throw new BadCredentialsException("bad credentials", e);
		}
		catch (AuthenticationException e) {
			addresses.recordFailure(address);
			names.recordFailure(name, address);
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
