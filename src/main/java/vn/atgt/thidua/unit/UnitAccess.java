package vn.atgt.thidua.unit;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;

/**
 * The access policy of the unit module, the one place that says who keeps the administrative areas, the member units
 * and the committees: administrators (the URL rule {@code /admin/**} is the coarse gate). Every page read of the
 * administration ({@link UnitQueries}) calls it, and the unit list asks it for each row's buttons ({@link #actions}).
 * The check takes the unit itself (its committee among its fields), so that a committee's scope (issue 18: an
 * administrator of a province's installation keeps only her committee's units) is added here once. The commands of
 * {@link UnitService}, {@link AreaService} and {@link CommitteeService} take no user yet: they are also the
 * installation's setup (start-up data, sheet imports, every module's test data); scoping them by committee adds the
 * administrator to them and a call of this policy.
 */
@Component
public class UnitAccess {

	/** True when the user keeps areas, units and committees: an administrator. */
	public boolean administers(CurrentUser user) {
		return user.has(Role.ADMIN);
	}

	/** @throws AccessDeniedException unless the user is an administrator */
	public void requireAdministrator(CurrentUser user) {
		if (!administers(user)) {
			throw new AccessDeniedException("only administrators keep areas, units and committees");
		}
	}

	/** What the user may do with the unit: edit it, and deactivate it or activate it again. */
	public UnitActions actions(CurrentUser user, UnitRow unit) {
		boolean admin = administers(user);
		return new UnitActions(admin, admin && unit.active(), admin && !unit.active());
	}
}
