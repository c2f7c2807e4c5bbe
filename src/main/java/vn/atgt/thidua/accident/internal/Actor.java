package vn.atgt.thidua.accident.internal;

import java.time.Instant;

/** Who does something to accident figures or a black spot, and when: what their histories record. */
public record Actor(String username, String name, Instant at) {
}
