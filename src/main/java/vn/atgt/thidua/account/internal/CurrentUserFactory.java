package vn.atgt.thidua.account.internal;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.security.CurrentUser;

/** Builds the {@link CurrentUser} of an account. */
@Component
public class CurrentUserFactory {

	public CurrentUser of(UserAccount account) {
		return new CurrentUser(account.getId(), account.getUsername(), account.getFullName(), account.getUnitId(),
				null, account.getRoles(), account.isMustChangePassword());
	}
}
