package vn.atgt.thidua.campaign;

import java.time.Clock;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.persistence.Actor;

/** Who is acting now, for the campaign's history: the signed-in user, or "system" for start-up data and jobs. */
@Component
class Actors {

	private final Clock clock;

	Actors(Clock clock) {
		this.clock = clock;
	}

	Actor now() {
		return Actor.now(clock);
	}
}
