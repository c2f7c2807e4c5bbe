package vn.atgt.thidua.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/** A clock that follows the system clock until a test sets or advances it; {@link #reset()} returns to real time. */
public class MutableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;
	private volatile Instant fixed;

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		Instant now = fixed != null ? fixed : Instant.now();
		return now.plus(offset);
	}

	public void setInstant(Instant instant) {
		this.fixed = instant;
		this.offset = Duration.ZERO;
	}

	public void advance(Duration by) {
		this.offset = offset.plus(by);
	}

	public void reset() {
		this.fixed = null;
		this.offset = Duration.ZERO;
	}

	/**
	 * Runs {@code step} with the clock set to {@code when}, then puts the clock back as it was (set, advanced or real
	 * time): test data builders date a workflow step without undoing the moment the test itself has set.
	 */
	public synchronized <T> T at(Instant when, Supplier<T> step) {
		Instant wasFixed = fixed;
		Duration wasOffset = offset;
		setInstant(when);
		try {
			return step.get();
		}
		finally {
			fixed = wasFixed;
			offset = wasOffset;
		}
	}

	/** As {@link #at(Instant, Supplier)} for a step that returns nothing. */
	public void run(Instant when, Runnable step) {
		at(when, () -> {
			step.run();
			return null;
		});
	}
}
