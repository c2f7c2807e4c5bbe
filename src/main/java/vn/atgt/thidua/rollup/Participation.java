package vn.atgt.thidua.rollup;

/**
 * Participation and timeliness of a child's campaign: its units taking part, those that sent their target
 * registration and those whose registration was approved; the reports due so far (units × periods past their due
 * date), those sent on time and those sent late.
 */
public record Participation(int units, int registered, int approved, int reportsDue, int reportsOnTime,
		int reportsLate) {

	public static final Participation NONE = new Participation(0, 0, 0, 0, 0, 0);

	public Participation plus(Participation other) {
		return new Participation(units + other.units, registered + other.registered, approved + other.approved,
				reportsDue + other.reportsDue, reportsOnTime + other.reportsOnTime, reportsLate + other.reportsLate);
	}

	/** The reports due so far and not sent at all. */
	public int reportsMissing() {
		return Math.max(0, reportsDue - reportsOnTime - reportsLate);
	}
}
