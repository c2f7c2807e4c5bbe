package vn.atgt.thidua.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.atgt.thidua.account.AccountAccessChanged;

/**
 * The signed-in sessions of each account, as this node's {@link SessionRegistry} knows them. When an account changes,
 * its sessions signed in before the change are marked expired at once, and Spring Security's concurrent-session filter
 * ends each at its next request. The security stamp check ({@link StaleSessionFilter}) ends them too, on every node;
 * the registry is what a shared session store (Spring Session JDBC, by its find-by-principal index) will replace.
 */
@Component
public class AccountSessions {

	private final SessionRegistry registry;

	AccountSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	/** After the change commits (a rolled-back change ends nothing). */
	@TransactionalEventListener(fallbackExecution = true)
	void on(AccountAccessChanged change) {
		for (SessionInformation session : registry.getAllSessions(AppUserDetails.key(change.userId()), false)) {
			if (session.getPrincipal() instanceof AppUserDetails principal
					&& principal.securityStamp() < change.securityStamp()) {
				session.expireNow();
			}
		}
	}

	/**
	 * Files the request's session under its new principal: the session the user changed her own password in goes on
	 * (with the new stamp) while her other sessions end.
	 */
	public void renew(HttpServletRequest request, Authentication authentication) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return;
		}
		registry.removeSessionInformation(session.getId());
		registry.registerNewSession(session.getId(), authentication.getPrincipal());
	}
}
