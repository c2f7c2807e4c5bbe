package vn.atgt.thidua.campaign;

import java.time.Instant;

import vn.atgt.thidua.common.persistence.Actor;

/** A step in a campaign's life: from which status to which, when and by whom ({@code from} is null at creation). */
public record TransitionRow(CampaignStatus from, CampaignStatus to, Instant at, String byUsername, String byName) {

	/** True when the application did it by itself (start-up data, a scheduled job), not a signed-in user. */
	public boolean bySystem() {
		return Actor.SYSTEM.equals(byUsername);
	}

	/** The name to show for who did it. */
	public String by() {
		return byName == null || byName.isBlank() ? byUsername : byName;
	}
}
