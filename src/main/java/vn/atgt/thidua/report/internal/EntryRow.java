package vn.atgt.thidua.report.internal;

import java.math.BigDecimal;

/** An entry's own fields, read without its report. */
public record EntryRow(Long id, Long targetId, BigDecimal periodValue, Boolean milestoneDone, String comment,
		String reviewComment) {
}
