package vn.atgt.thidua.account.internal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import vn.atgt.thidua.common.security.CurrentUser;

/** Builds an authenticated token for a {@link CurrentUser} (after her account changed in the session). */
public final class Principals {

	private Principals() {
	}

	public static Authentication authenticated(CurrentUser user) {
		AppUserDetails details = new AppUserDetails(user, null, true);
		return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
	}
}
