package vn.atgt.thidua.target.internal;

import java.time.Instant;

/** Who does something to a registration, and when: what its history records. */
public record Actor(String username, String name, Instant at) {
}
