package vn.atgt.thidua.monitoring.internal;

import java.time.LocalDate;

/**
 * A row of {@link StandingRepository#standing}: of {@code kind} {@code PERIOD}, a reporting period with its counts
 * ({@link TotalsRow}); of kind {@code UNIT}, a participant ({@link ParticipantRow}) at its {@code position}, whether
 * it needs attention (1) or not (0), and the campaign's counts of participants needing attention and of late ones
 * (the same on every such row).
 */
public interface StandingRow extends TotalsRow, ParticipantRow {

	String getKind();

	String getPeriodName();

	String getCadence();

	LocalDate getStartDate();

	LocalDate getEndDate();

	LocalDate getDueDate();

	Long getPeriodVersion();

	Long getAttention();

	Long getAttentionTotal();

	Long getLateUnits();
}
