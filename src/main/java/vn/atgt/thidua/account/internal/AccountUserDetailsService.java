package vn.atgt.thidua.account.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the account typed at sign-in, with her unit's name for the page header and the security stamp that her rights
 * were read with (one read, so that the session's roles and stamp always belong together).
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;
	private final CurrentUserFactory currentUsers;

	AccountUserDetailsService(UserAccountRepository users, CurrentUserFactory currentUsers) {
		this.users = users;
		this.currentUsers = currentUsers;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = users.findByUsername(UserAccount.normaliseUsername(username))
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
		return new AppUserDetails(currentUsers.of(account), account.getPasswordHash(), account.isActive(),
				account.getSecurityStamp());
	}
}
