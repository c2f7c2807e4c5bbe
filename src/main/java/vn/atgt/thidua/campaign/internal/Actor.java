package vn.atgt.thidua.campaign.internal;

import java.time.Instant;

/** Who does something to a campaign, and when: what its history records. */
public record Actor(String username, String name, Instant at) {
}
