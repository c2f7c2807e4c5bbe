package vn.atgt.thidua.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.atgt.thidua.registration.TargetDirection;

/**
 * How far a cumulative value (lũy kế) is from a target: the completion rate (tỷ lệ hoàn thành, value ÷ target; for an
 * "at most" target it is the share of the limit used) and the {@link Outcome} in words that respect the direction.
 */
public final class Completion {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Completion() {
	}

	/** Value ÷ target in percent, one decimal; null when either is missing or the target is zero. */
	public static BigDecimal percent(BigDecimal value, BigDecimal target) {
		if (value == null || target == null || target.signum() == 0) {
			return null;
		}
		return value.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
	}

	/** The outcome of a quantitative target; null while there is no value yet. */
	public static Outcome of(TargetDirection direction, BigDecimal value, BigDecimal target) {
		if (value == null || target == null || direction == null) {
			return null;
		}
		int against = value.compareTo(target);
		return switch (direction) {
			case AT_MOST -> against <= 0 ? Outcome.WITHIN_LIMIT : Outcome.OVER_LIMIT;
			case AT_LEAST, EXACTLY -> against == 0 ? Outcome.REACHED
					: against > 0 ? Outcome.EXCEEDED : Outcome.NOT_REACHED;
		};
	}

	/** The outcome of a milestone; null while nobody said. */
	public static Outcome ofMilestone(Boolean done) {
		return done == null ? null : done ? Outcome.DONE : Outcome.NOT_DONE;
	}
}
