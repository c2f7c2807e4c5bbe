package vn.atgt.thidua.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Counts of approved targets by {@link TargetStanding}: how many, how many met, on track and behind, and the share met
 * (one decimal; null when there is no target).
 */
public record Tally(int targets, int met, int onTrack, int behind) {

	public static final Tally EMPTY = new Tally(0, 0, 0, 0);

	/** This tally with one more target of that standing. */
	public Tally plus(TargetStanding standing) {
		return new Tally(targets + 1, met + (standing == TargetStanding.MET ? 1 : 0),
				onTrack + (standing == TargetStanding.ON_TRACK ? 1 : 0),
				behind + (standing == TargetStanding.BEHIND ? 1 : 0));
	}

	public Tally plus(Tally other) {
		return new Tally(targets + other.targets, met + other.met, onTrack + other.onTrack, behind + other.behind);
	}

	public boolean isEmpty() {
		return targets == 0;
	}

	/** Targets met over targets, in per cent with one decimal; null without targets. */
	public BigDecimal metPercent() {
		return targets == 0 ? null
				: BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(targets), 1, RoundingMode.HALF_UP);
	}

	/** True when fewer than half of the targets are met or on track: the unit needs attention. */
	public boolean isLow() {
		return targets > 0 && (met + onTrack) * 2 < targets;
	}
}
