package vn.atgt.thidua.report.internal;

import java.time.Instant;

/** Who does something to a report, and when: what its history records. */
public record Actor(String username, String name, Instant at) {
}
