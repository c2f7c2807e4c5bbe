package vn.atgt.thidua.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeView;
import vn.atgt.thidua.unit.UnitService;

/**
 * The pages of the account module: the administrators' list and form of accounts ({@code /admin/users}), each read
 * checked by {@link AccountAccess} and returning what its page shows, the buttons included; and the signed-in user's
 * own profile.
 */
@Service
@Transactional(readOnly = true)
public class AccountQueries {

	private final UserAdminService users;
	private final UnitService units;
	private final AccountAccess access;
	private final CommitteeService committees;

	AccountQueries(UserAdminService users, UnitService units, AccountAccess access, CommitteeService committees) {
		this.users = users;
		this.units = units;
		this.access = access;
		this.committees = committees;
	}

	/**
	 * A page of accounts matching the filter, by name, with each row's buttons and the units of the filter.
	 * @throws AccessDeniedException unless the user is an administrator
	 */
	public UsersPage users(CurrentUser admin, UserFilter filter, Pageable pageable) {
		access.requireAdministrator(admin);
		Page<UserRow> page = users.search(admin.committeeId(), filter, pageable);
		Map<Long, UserActions> actions = new LinkedHashMap<>();
		page.forEach(user -> actions.put(user.id(), access.actions(admin, user)));
		return new UsersPage(page, actions, units.allOf(admin.committeeId()));
	}

	/**
	 * The form of an account, with its sign-in lock and its buttons; {@code id} null for a new account.
	 * @throws NotFoundException when there is no such account
	 * @throws AccessDeniedException unless the user is an administrator
	 */
	public UserFormPage userForm(CurrentUser admin, Long id) {
		access.requireAdministrator(admin);
		if (id == null) {
			return new UserFormPage(null, null, null, units.allOf(admin.committeeId()));
		}
		UserRow user = users.get(id);
		access.requireAccount(admin, user);
		return new UserFormPage(user, users.signInLockedUntil(id).orElse(null), access.actions(admin, user),
				units.allOf(admin.committeeId()));
	}

	/**
	 * The committee the system administrator gives an administrator to (the form's header).
	 * @throws AccessDeniedException unless the user is the system administrator
	 * @throws NotFoundException when there is no such committee
	 */
	public CommitteeView committeeToAdminister(CurrentUser user, Long committeeId) {
		access.requireSystemAdministrator(user);
		return committees.get(committeeId);
	}

	/** The signed-in user's own account, as her profile shows it. */
	public UserRow profile(CurrentUser user) {
		return users.get(user.id());
	}
}
