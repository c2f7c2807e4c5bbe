package vn.atgt.thidua.dashboard;

import vn.atgt.thidua.monitoring.UnitStanding;

/**
 * A unit that needs the leadership's attention: it has sent nothing although something is overdue, something of it
 * was returned and waits for its correction, or fewer than half of its approved targets are met or on track
 * ({@link Tally#isLow()}); which units do is counted in SQL by monitoring ({@code MonitoringService.standing}). Its
 * items link to their pages.
 */
public record AttentionUnit(UnitStanding standing, Tally tally) {

	public boolean nothingSent() {
		return standing.nothingSent();
	}

	public boolean returned() {
		return standing.hasReturned();
	}

	public boolean lowCompletion() {
		return tally.isLow();
	}
}
