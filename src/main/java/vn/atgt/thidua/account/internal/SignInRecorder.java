package vn.atgt.thidua.account.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.account.AccountService;

/** Notes each successful sign-in on the account. */
@Component
class SignInRecorder {

	private final AccountService accounts;

	SignInRecorder(AccountService accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		accounts.recordSignIn(event.getAuthentication().getName());
	}
}
