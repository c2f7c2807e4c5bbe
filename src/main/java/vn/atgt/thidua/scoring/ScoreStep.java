package vn.atgt.thidua.scoring;

import java.time.Instant;

/** A step in the history of a unit's score: what was done, from which status to which, why, when and by whom. */
public record ScoreStep(ScoreAction action, ScoreStatus from, ScoreStatus to, String reason, Instant at, String by) {
}
