package vn.atgt.thidua.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CommitteeScope;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;

/**
 * The access policy of the account module, the one place that says who administers the accounts: administrators
 * (the URL rule {@code /admin/**} is the coarse gate) create, edit, deactivate and activate accounts, reset passwords
 * and lift sign-in locks, but never deactivate their own account. Every administration command of
 * {@link UserAdminService} and every page read of {@link AccountQueries} calls it, and the pages ask it for their
 * buttons ({@link #actions}). An administrator keeps only her own committee's accounts (issue 18): another
 * committee's account is not found. Her own profile and password are every user's, checked by the session, not here.
 */
@Component
public class AccountAccess {

	/** True when the user administers accounts: an administrator. */
	public boolean administers(CurrentUser user) {
		return user.has(Role.ADMIN);
	}

	/** @throws AccessDeniedException unless the user is the system administrator (she gives committees their admins) */
	public void requireSystemAdministrator(CurrentUser user) {
		if (!user.has(Role.SYSTEM_ADMIN)) {
			throw new AccessDeniedException("only the system administrator creates a committee's administrators");
		}
	}

	/** @throws AccessDeniedException unless the user is an administrator */
	public void requireAdministrator(CurrentUser user) {
		if (!administers(user)) {
			throw new AccessDeniedException("only administrators administer accounts");
		}
	}

	/**
	 * An administrator keeps the accounts of her own committee only; another committee's account is not found.
	 * @throws NotFoundException for an account of another committee
	 */
	public void requireCommittee(CurrentUser user, Long accountCommitteeId, Long accountId) {
		CommitteeScope.require(user, accountCommitteeId, "user", accountId);
	}

	/** @throws NotFoundException for an account of another committee (see {@link #requireCommittee}) */
	public void requireAccount(CurrentUser user, UserRow account) {
		requireCommittee(user, account.committeeId(), account.id());
	}

	/**
	 * @throws AccessDeniedException unless the user is an administrator
	 * @throws DomainException {@code user.deactivate.self} when she would deactivate her own account
	 */
	public void requireDeactivator(CurrentUser user, Long accountId) {
		requireAdministrator(user);
		if (accountId.equals(user.id())) {
			throw new DomainException("user.deactivate.self");
		}
	}

	/** What the user may do with the account, from the same conditions as the checks above. */
	public UserActions actions(CurrentUser user, UserRow account) {
		boolean admin = administers(user) && CommitteeScope.covers(user, account.committeeId());
		boolean own = account.id().equals(user.id());
		return new UserActions(admin, admin && account.active() && !own, admin && !account.active(), admin, admin);
	}
}
