package vn.atgt.thidua.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.account.internal.AccountSessions;
import vn.atgt.thidua.account.internal.CurrentUserFactory;
import vn.atgt.thidua.account.internal.Principals;
import vn.atgt.thidua.account.internal.UserAccount;
import vn.atgt.thidua.account.internal.UserAccountRepository;
import vn.atgt.thidua.common.NotFoundException;

/** Puts the signed-in user's account, as it now is, into her session after she changed it herself. */
@Component
public class SignedInUsers {

	private final UserAccountRepository users;
	private final CurrentUserFactory currentUsers;
	private final SecurityContextRepository contexts;
	private final AccountSessions sessions;

	SignedInUsers(UserAccountRepository users, CurrentUserFactory currentUsers, SecurityContextRepository contexts,
			AccountSessions sessions) {
		this.users = users;
		this.currentUsers = currentUsers;
		this.contexts = contexts;
		this.sessions = sessions;
	}

	/**
	 * Reads the account again (name, unit, roles, security stamp) and makes it the session's principal: after her own
	 * password change this session goes on with the new stamp, while her other sessions end.
	 */
	public void refresh(Long userId, HttpServletRequest request, HttpServletResponse response) {
		UserAccount account = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
		Authentication authentication = Principals.authenticated(currentUsers.of(account), account.getSecurityStamp());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		sessions.renew(request, authentication);
	}
}
