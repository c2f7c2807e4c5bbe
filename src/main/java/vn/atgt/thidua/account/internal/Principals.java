package vn.atgt.thidua.account.internal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import vn.atgt.thidua.common.security.CurrentUser;

/** Builds an authenticated token for a {@link CurrentUser} (after her account changed in the session). */
public final class Principals {

	private Principals() {
	}

	/**
	 * @param securityStamp the account's security stamp that this user reflects: the session ends once the account's
	 * stamp differs ({@link UserAccount#getSecurityStamp()}; 0 for an account unchanged since its creation)
	 */
	public static Authentication authenticated(CurrentUser user, long securityStamp) {
		AppUserDetails details = new AppUserDetails(user, null, true, securityStamp);
		return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
	}
}
