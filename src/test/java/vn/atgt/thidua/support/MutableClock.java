package vn.atgt.thidua.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

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
}
