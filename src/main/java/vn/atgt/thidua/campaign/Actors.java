package vn.atgt.thidua.campaign;

import java.time.Clock;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.internal.Actor;
import vn.atgt.thidua.common.security.CurrentUsers;

/** Who is acting now, for the campaign's history: the signed-in user, or "system" for start-up data and jobs. */
@Component
class Actors {

	static final String SYSTEM = "system";

	private final Clock clock;

	Actors(Clock clock) {
		this.clock = clock;
	}

	Actor now() {
		return CurrentUsers.current()
			.map(user -> new Actor(user.username(), user.fullName(), clock.instant()))
			.orElseGet(() -> new Actor(SYSTEM, null, clock.instant()));
	}
}
