package vn.atgt.thidua.unit;

import java.time.LocalDate;

/** From {@code effectiveDate}, the predecessor area belongs (in whole or in part) to the successor. */
public record SuccessionRow(Long id, Long predecessorId, String predecessorName, Long successorId,
		String successorName, LocalDate effectiveDate) {
}
