package vn.atgt.thidua.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.atgt.thidua.account.AccountAccessChanged;

/**
 * The signed-in sessions of each account, as the shared session store holds them (Spring Session JDBC, indexed by
 * username). When an account changes, its sessions signed in before the change are marked expired at once, and
 * {@link StaleSessionFilter} ends each at its next request, on whichever node serves it (it reads the mark on the
 * session the request has loaded anyway; its security stamp check would end them too).
 */
@Component
public class AccountSessions {

	/**
	 * The attribute with which Spring Session's registry marks a session expired
	 * ({@code SpringSessionBackedSessionInformation.EXPIRED_ATTR}, package-private there).
	 */
	static final String EXPIRED_MARK = "org.springframework.session.security.SpringSessionBackedSessionInformation.EXPIRED";

	private final FindByIndexNameSessionRepository<? extends Session> store;
	private final SessionRegistry registry;
	private final UserAccountRepository users;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> store, SessionRegistry registry,
			UserAccountRepository users) {
		this.store = store;
		this.registry = registry;
		this.users = users;
	}

	/** After the change commits (a rolled-back change ends nothing). */
	@TransactionalEventListener(fallbackExecution = true)
	void on(AccountAccessChanged change) {
		String username = users.findById(change.userId()).map(UserAccount::getUsername).orElse(null);
		if (username == null) {
			return;
		}
		store.findByPrincipalName(username).forEach((id, session) -> {
			if (signedInBefore(session, change.securityStamp())) {
				SessionInformation information = registry.getSessionInformation(id);
				if (information != null) {
					information.expireNow();
				}
			}
		});
	}

	private static boolean signedInBefore(Session session, long securityStamp) {
		Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		return !(context instanceof SecurityContext security
				&& security.getAuthentication() != null
				&& security.getAuthentication().getPrincipal() instanceof AppUserDetails principal
				&& principal.securityStamp() >= securityStamp);
	}

	/**
	 * The session the user changed her own password in goes on with her new principal (saved by the caller) while her
	 * other sessions end: the expiry mark that the change put on this session too, a moment ago, is lifted.
	 */
	public void renew(HttpServletRequest request, Authentication authentication) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return;
		}
		unmark(store, session.getId());
	}

	private static <S extends Session> void unmark(FindByIndexNameSessionRepository<S> store, String id) {
		S stored = store.findById(id);
		if (stored != null && stored.getAttribute(EXPIRED_MARK) != null) {
			stored.removeAttribute(EXPIRED_MARK);
			store.save(stored);
		}
	}
}
