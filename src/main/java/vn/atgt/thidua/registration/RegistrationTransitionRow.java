package vn.atgt.thidua.registration;

import java.time.Instant;

import vn.atgt.thidua.common.persistence.HistoryLine;

/**
 * A step in a registration's history: from which status to which, why (a return or reopening), when and by whom
 * ({@code from} is null when the unit started its registration).
 */
public record RegistrationTransitionRow(RegistrationStatus from, RegistrationStatus to, String reason, Instant at,
		String byUsername, String byName) implements HistoryLine {
}
