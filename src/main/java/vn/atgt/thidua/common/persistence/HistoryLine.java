package vn.atgt.thidua.common.persistence;

import java.time.Instant;

/**
 * A line of a status history as the pages show it (campaign, registration, report, accident month, black spot): when,
 * and who — a person's name, or the application itself for start-up data and jobs. The history table fragment
 * ({@code fragments/history :: table}) draws any list of them.
 */
public interface HistoryLine {

	Instant at();

	String byUsername();

	String byName();

	/** True when the application did it by itself (start-up data, a scheduled job), not a signed-in user. */
	default boolean bySystem() {
		return Actor.SYSTEM.equals(byUsername());
	}

	/** The name to show for who did it. */
	default String by() {
		return byName() == null || byName().isBlank() ? byUsername() : byName();
	}
}
