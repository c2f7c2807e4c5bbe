package vn.atgt.thidua.common.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in user as every module sees her: who she is, her unit and her roles. Services take it as a parameter
 * and scope their queries by it; controllers receive it as a handler argument.
 */
public record CurrentUser(Long id, String username, String fullName, Long unitId, String unitName, Set<Role> roles,
		boolean mustChangePassword) implements Serializable {

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

	/** Standing office, leadership and administrators see every unit's data; unit users only their own. */
	public boolean seesAllUnits() {
		return hasAny(Role.STANDING_OFFICE, Role.LEADER, Role.ADMIN);
	}

	/** True when the user may read data of the given unit. */
	public boolean canRead(Long ofUnitId) {
		return seesAllUnits() || (unitId != null && unitId.equals(ofUnitId));
	}

	/** True when the user prepares data on behalf of the given unit (officer or head of that very unit). */
	public boolean worksFor(Long ofUnitId) {
		return unitId != null && unitId.equals(ofUnitId) && hasAny(Role.UNIT_OFFICER, Role.UNIT_HEAD);
	}

	public CurrentUser withPasswordChanged() {
		return new CurrentUser(id, username, fullName, unitId, unitName, roles, false);
	}

	/** Implemented by the security principal so that any module can reach the current user without knowing it. */
	public interface Holder {
		CurrentUser currentUser();
	}
}
