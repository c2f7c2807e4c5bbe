package vn.atgt.thidua.common.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in user as every module sees her: who she is, her unit, her committee and her roles. Services take it as
 * a parameter and scope their queries by it; controllers receive it as a handler argument. {@code committeeId} is the
 * committee she works in (her unit's, or hers directly for the office, leaders and administrators): every module's
 * access policy keeps her within it ({@link CommitteeScope}). A system administrator has none and sees no unit data.
 * Stored in the session (Spring Session, JDBC): a record is read back by its components' names, so a session saved
 * before the committee existed reads with none (it sees nothing); migration V110 raises every account's security
 * stamp, which ends such sessions at their next request.
 */
public record CurrentUser(Long id, String username, String fullName, Long unitId, String unitName, Long committeeId,
		Set<Role> roles, boolean mustChangePassword) implements Serializable {

	public CurrentUser {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Role... wanted) {
		for (Role role : wanted) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Standing office, leadership and administrators see every unit's data of their committee; unit users only their
	 * own. The committee itself is checked by the module's policy ({@link CommitteeScope}).
	 */
	public boolean seesAllUnits() {
		return hasAny(Role.STANDING_OFFICE, Role.LEADER, Role.ADMIN);
	}

	/** True when the user may read data of the given unit (of her committee: the policy checks that part). */
	public boolean canRead(Long ofUnitId) {
		return seesAllUnits() || (unitId != null && unitId.equals(ofUnitId));
	}

	/** True when the user prepares data on behalf of the given unit (officer or head of that very unit). */
	public boolean worksFor(Long ofUnitId) {
		return unitId != null && unitId.equals(ofUnitId) && hasAny(Role.UNIT_OFFICER, Role.UNIT_HEAD);
	}

	public CurrentUser withPasswordChanged() {
		return new CurrentUser(id, username, fullName, unitId, unitName, committeeId, roles, false);
	}

	/** Implemented by the security principal so that any module can reach the current user without knowing it. */
	public interface Holder {
		CurrentUser currentUser();
	}
}
