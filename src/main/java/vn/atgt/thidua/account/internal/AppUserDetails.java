package vn.atgt.thidua.account.internal;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;

/**
 * The security principal: a {@link CurrentUser}, the account's security stamp as it was when this principal was built
 * (the session ends once the account's stamp moves on), and what Spring Security needs to check the password.
 * <p>
 * Equal by user id, so that the session registry files every session of one account under one principal and finds
 * them all when the account changes.
 */
final class AppUserDetails implements UserDetails, CredentialsContainer, CurrentUser.Holder {

	private static final long serialVersionUID = 1L;

	private final CurrentUser user;
	private final boolean active;
	private final long securityStamp;
	private String passwordHash;

	AppUserDetails(CurrentUser user, String passwordHash, boolean active, long securityStamp) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.active = active;
		this.securityStamp = securityStamp;
	}

	/** A stand-in equal to any principal of the account: the key to look its sessions up in the registry. */
	static AppUserDetails key(Long userId) {
		return new AppUserDetails(new CurrentUser(userId, "", "", null, null, null, Set.of(), false), null, false, -1);
	}

	@Override
	public CurrentUser currentUser() {
		return user;
	}

	long securityStamp() {
		return securityStamp;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return user.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isEnabled() {
		return active;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AppUserDetails details && user.id().equals(details.user.id());
	}

	@Override
	public int hashCode() {
		return user.id().hashCode();
	}

	@Override
	public String toString() {
		return "AppUserDetails[" + user.id() + ", " + user.username() + "]";
	}
}
