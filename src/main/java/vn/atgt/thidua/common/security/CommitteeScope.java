package vn.atgt.thidua.common.security;

import java.util.function.UnaryOperator;

import vn.atgt.thidua.common.NotFoundException;

/**
 * The committee part of every module's access policy (issue 18): one installation serves a province, and each
 * committee sees and changes only its own campaigns, units, people and entries. An item of another committee does not
 * exist for the user (404, nothing tells that it does), the way the policies answer for another unit's items.
 * <p>
 * A user with an account always has a committee, except the system administrator, who has none and so is covered by
 * no committee at all. Code that runs without a signed-in person (start-up data, the demo, sheet imports on the
 * installation's behalf, test fixtures) acts through a {@link CurrentUser} without account and without committee:
 * that one is the installation itself and is not bound to a committee. No session ever holds such a user: every
 * principal is built from an account.
 */
public final class CommitteeScope {

	private CommitteeScope() {
	}

	/** True when the item of that committee is within the user's reach. */
	public static boolean covers(CurrentUser user, Long committeeId) {
		if (user == null) {
			return false;
		}
		if (user.committeeId() == null) {
			return user.id() == null && !user.has(Role.SYSTEM_ADMIN);
		}
		return user.committeeId().equals(committeeId);
	}

	/**
	 * True when the user may <em>read</em> the item of that committee: her own committee's, or, for the standing office
	 * and leaders, a committee below hers at any depth (the province's over the communes', issue 18 item 2). Only read
	 * entry points opened to the parent call this; every write keeps {@link #covers}: the parent never changes a
	 * child's data. {@code parentOf} answers a committee's parent (null at the top).
	 */
	public static boolean reads(CurrentUser user, Long committeeId, UnaryOperator<Long> parentOf) {
		if (covers(user, committeeId)) {
			return true;
		}
		if (user == null || user.committeeId() == null || committeeId == null
				|| !user.hasAny(Role.STANDING_OFFICE, Role.LEADER)) {
			return false;
		}
		// a chain of parents is short (province, commune); the bound stops a cycle the data should never hold
		Long above = parentOf.apply(committeeId);
		for (int depth = 0; above != null && depth < 16; depth++) {
			if (above.equals(user.committeeId())) {
				return true;
			}
			above = parentOf.apply(above);
		}
		return false;
	}

	/** @throws NotFoundException (404) unless the user {@link #reads} the item of that committee */
	public static void requireReads(CurrentUser user, Long committeeId, UnaryOperator<Long> parentOf, String what,
			Object id) {
		if (!reads(user, committeeId, parentOf)) {
			throw new NotFoundException(what, id);
		}
	}

	/** @throws NotFoundException (404) for an item of another committee */
	public static void require(CurrentUser user, Long committeeId, String what, Object id) {
		if (!covers(user, committeeId)) {
			throw new NotFoundException(what, id);
		}
	}
}
