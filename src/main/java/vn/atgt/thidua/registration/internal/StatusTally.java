package vn.atgt.thidua.registration.internal;

/**
 * How many participating units stand at one status ({@code NOT_STARTED} for those without a registration), and how
 * many of them sent their registration at or after a given moment (the first moment after the deadline). Mapped from
 * native SQL by {@link TargetRegistration#STATUS_TALLY}.
 */
public record StatusTally(String status, Long units, Long submittedLate) {
}
