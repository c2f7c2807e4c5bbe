package vn.atgt.thidua.common.persistence;

import java.time.Clock;
import java.time.Instant;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.CurrentUsers;

/** Who does something, and when: what a history step records. "system" for start-up data and jobs. */
public record Actor(String username, String name, Instant at) {

	public static final String SYSTEM = "system";

	public static Actor of(CurrentUser user, Instant at) {
		return new Actor(user.username(), user.fullName(), at);
	}

	/** The signed-in user of this thread (or the system), now. */
	public static Actor now(Clock clock) {
		return CurrentUsers.current().map(user -> of(user, clock.instant()))
			.orElseGet(() -> new Actor(SYSTEM, null, clock.instant()));
	}
}
