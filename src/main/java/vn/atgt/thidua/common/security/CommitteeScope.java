package vn.atgt.thidua.common.security;

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

	/** @throws NotFoundException (404) for an item of another committee */
	public static void require(CurrentUser user, Long committeeId, String what, Object id) {
		if (!covers(user, committeeId)) {
			throw new NotFoundException(what, id);
		}
	}
}
