package vn.atgt.thidua.account.internal;

import java.util.Collection;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;

/** The security principal: a {@link CurrentUser} plus what Spring Security needs to check the password. */
final class AppUserDetails implements UserDetails, CredentialsContainer, CurrentUser.Holder {

	private final CurrentUser user;
	private final boolean active;
	private String passwordHash;

	AppUserDetails(CurrentUser user, String passwordHash, boolean active) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.active = active;
	}

	@Override
	public CurrentUser currentUser() {
		return user;
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
}
