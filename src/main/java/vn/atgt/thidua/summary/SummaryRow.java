package vn.atgt.thidua.summary;

import java.time.Instant;
import java.time.LocalDate;

/** A line of the campaign's list of reports. */
public record SummaryRow(Long id, SummaryKind kind, LocalDate from, LocalDate to, SummaryStatus status,
		Instant refreshedAt, Instant finalisedAt, String finalisedByName) {
}
