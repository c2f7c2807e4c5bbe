package vn.atgt.thidua.generator;

import java.time.LocalDate;

/**
 * One generated province: its number (1 … 20), the ids of its root area and its committee, and the day the data set
 * is generated for (the real date: the current year's campaign is under way, earlier ones are closed). {@code prefix}
 * makes codes and names unique across provinces.
 */
record Province(int number, long areaId, long committeeId, LocalDate today) {

	String prefix() {
		return "P%02d".formatted(number);
	}

	String code() {
		return "GEN-" + prefix();
	}
}
