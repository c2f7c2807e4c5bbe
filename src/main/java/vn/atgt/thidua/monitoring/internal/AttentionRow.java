package vn.atgt.thidua.monitoring.internal;

/**
 * A row of {@link StandingRepository#attention}: a participant, whether it needs attention (1) or not (0), and the
 * campaign's counts of participants needing attention and of late participants (the same on every row).
 */
public interface AttentionRow extends ParticipantRow {

	Long getAttention();

	Long getTotal();

	Long getLate();
}
