package vn.atgt.thidua.account.internal;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.unit.UnitService;

/** Builds the {@link CurrentUser} of an account, with her unit's name for the page header. */
@Component
public class CurrentUserFactory {

	private final UnitService units;

	CurrentUserFactory(UnitService units) {
		this.units = units;
	}

	/** The committee is the account's (kept equal to its unit's); a system administrator has none. */
	public CurrentUser of(UserAccount account) {
		Long committeeId = account.getRoles().contains(Role.SYSTEM_ADMIN) ? null : account.getCommitteeId();
		return new CurrentUser(account.getId(), account.getUsername(), account.getFullName(), account.getUnitId(),
				units.nameOf(account.getUnitId()), committeeId, account.getRoles(), account.isMustChangePassword());
	}
}
