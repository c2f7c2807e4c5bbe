package vn.atgt.thidua.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The demo's clock. It runs from the story's day (or the real date), and the demo story sets it to the moment each
 * step of the story happened ({@link #at}): the step then calls the same workflow command a user's click calls, and
 * everything that reads the clock — the workflow's times, lateness, {@code @CreatedDate} — agrees on that moment.
 * The moment is the story thread's own: requests served while the story is written see the story's day.
 */
public final class StoryClock extends Clock {

	private final Clock base;
	private final ThreadLocal<Instant> moment = new ThreadLocal<>();

	StoryClock(Clock base) {
		this.base = base;
	}

	/** Runs {@code step} with this thread's clock set to {@code when}; the clock goes back afterwards. */
	public <T> T at(Instant when, Supplier<T> step) {
		Instant before = moment.get();
		moment.set(when);
		try {
			return step.get();
		}
		finally {
			if (before == null) {
				moment.remove();
			}
			else {
				moment.set(before);
			}
		}
	}

	/** As {@link #at(Instant, Supplier)} for a step that returns nothing. */
	public void run(Instant when, Runnable step) {
		at(when, () -> {
			step.run();
			return null;
		});
	}

	@Override
	public Instant instant() {
		Instant set = moment.get();
		return set != null ? set : base.instant();
	}

	@Override
	public ZoneId getZone() {
		return base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return zone.equals(getZone()) ? this : new Zoned(this, zone);
	}

	/** The same clock seen in another zone (the instant still follows the story's moment). */
	private static final class Zoned extends Clock {

		private final StoryClock clock;
		private final ZoneId zone;

		Zoned(StoryClock clock, ZoneId zone) {
			this.clock = clock;
			this.zone = zone;
		}

		@Override
		public Instant instant() {
			return clock.instant();
		}

		@Override
		public ZoneId getZone() {
			return zone;
		}

		@Override
		public Clock withZone(ZoneId other) {
			return clock.withZone(other);
		}
	}
}
