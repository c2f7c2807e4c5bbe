package vn.atgt.thidua.unit;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CommitteeScope;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;

/**
 * The access policy of the unit module, the one place that says who keeps the administrative areas, the member units
 * and the committees: administrators (the URL rule {@code /admin/**} is the coarse gate). Every page read of the
 * administration ({@link UnitQueries}) calls it, and the unit list asks it for each row's buttons ({@link #actions}).
 * An administrator keeps only her own committee and its units (issue 18): another committee's unit or committee is
 * not found. The system administrator keeps the committees themselves (creates them) and sees no unit. The commands of
 * {@link UnitService}, {@link AreaService} and {@link CommitteeService} take no user: they are also the installation's
 * setup (start-up data, sheet imports, every module's test data); the administration's controllers call
 * {@link #requireUnit} / {@link #requireCommittee} before them.
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

	/**
	 * The official list of areas is the whole installation's: an administrator or the system administrator loads it.
	 * @throws AccessDeniedException for anyone else
	 */
	public void requireAreaLoader(CurrentUser user) {
		if (!administers(user) && !keepsCommittees(user)) {
			throw new AccessDeniedException("only administrators load the official list of areas");
		}
	}

	/** True when the user keeps the committees themselves: creates them (the system administrator). */
	public boolean keepsCommittees(CurrentUser user) {
		return user.has(Role.SYSTEM_ADMIN);
	}

	/**
	 * The unit exists for an administrator of its committee only.
	 * @throws AccessDeniedException unless the user is an administrator
	 * @throws NotFoundException for a unit of another committee (or none)
	 */
	public void requireUnit(CurrentUser user, Long unitCommitteeId, Long unitId) {
		requireAdministrator(user);
		CommitteeScope.require(user, unitCommitteeId, "unit", unitId);
	}

	/**
	 * A committee's page is its own administrators' and the system administrator's.
	 * @throws AccessDeniedException unless the user is an administrator or the system administrator
	 * @throws NotFoundException for another committee
	 */
	public void requireCommittee(CurrentUser user, Long committeeId) {
		if (keepsCommittees(user)) {
			return;
		}
		requireAdministrator(user);
		if (committeeId != null) {
			CommitteeScope.require(user, committeeId, "committee", committeeId);
		}
	}

	/** @throws AccessDeniedException unless the user may create a committee (the system administrator) */
	public void requireCommitteeCreator(CurrentUser user) {
		if (!keepsCommittees(user)) {
			throw new AccessDeniedException("only the system administrator creates committees");
		}
	}

	/** What the user may do with the unit: edit it, and deactivate it or activate it again. */
	public UnitActions actions(CurrentUser user, UnitRow unit) {
		boolean admin = administers(user) && CommitteeScope.covers(user, unit.committeeId());
		return new UnitActions(admin, admin && unit.active(), admin && !unit.active());
	}
}
