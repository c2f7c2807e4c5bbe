package vn.atgt.thidua.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * What the accepted reports add up to per approved target, as {@link vn.atgt.thidua.report.ReportProgress} reads it:
 * for the whole campaign from the value kept per target ({@code target_values}, {@link TargetValues}), no entry summed;
 * over a range of periods by one aggregate over the accepted reports of those periods. Both read the campaign module's
 * periods table for the cadence and dates of the periods, as {@link CompletionRepository#keep} does.
 * Plain SQL that PostgreSQL and H2 (PostgreSQL mode) both run.
 */
public interface ProgressRepository extends Repository<ProgressReport, Long> {

	/** The kept value of a campaign's approved targets (of one unit unless {@code anyUnit}). */
	interface KeptValue {

		Long getTargetId();

		BigDecimal getReached();

		boolean isDone();

		int getAcceptedReports();

		LocalDate getAsOf();
	}

	/**
	 * What the accepted reports of one cadence over a range of periods add up to for one target: the sum of their
	 * values, whether one of them says the milestone is done, how many they are, the last day of the latest of them.
	 */
	interface RangeSum {

		Long getTargetId();

		BigDecimal getTotal();

		boolean isDone();

		long getReports();

		LocalDate getAsOf();
	}

	/** One value of a percentage target in an accepted report of the range, with its period's first day. */
	interface RangeValue {

		Long getTargetId();

		LocalDate getStartDate();

		BigDecimal getValue();
	}

	/** Reads the campaign's rows by {@code ix_target_values_campaign}. */
	@Query(nativeQuery = true, value = """
			SELECT v.target_id AS "targetId", v.reached AS "reached", v.done AS "done",
			       v.accepted_reports AS "acceptedReports", v.as_of AS "asOf"
			FROM target_values v
			WHERE v.campaign_id = :campaignId AND (:anyUnit = TRUE OR v.unit_id = :unitId)""")
	List<KeptValue> kept(@Param("campaignId") Long campaignId, @Param("anyUnit") boolean anyUnit,
			@Param("unitId") Long unitId);

	/**
	 * What the accepted reports of one cadence add up to per target (of every unit when {@code anyUnit}), over the
	 * periods that lie within {@code from} and {@code to}. Driven by the periods: the accepted reports of each by
	 * {@code ix_progress_reports_campaign_period}, their entries by {@code uq_progress_entries_target}, then one hash
	 * aggregate; the latest value of a percentage is {@link #rangeValues}' (a "latest of" per target here cost a
	 * sub-query per target, 37,600 of them at province scale, or a sort of every entry for a window function).
	 */
	@Query(nativeQuery = true, value = """
			SELECT e.target_id AS "targetId", SUM(e.period_value) AS "total",
			       MAX(CASE WHEN e.milestone_done THEN 1 ELSE 0 END) = 1 AS "done", COUNT(*) AS "reports",
			       MAX(p.end_date) AS "asOf"
			FROM campaign_periods p
			JOIN progress_reports r ON r.period_id = p.id
			JOIN progress_entries e ON e.report_id = r.id
			WHERE p.campaign_id = :campaignId AND p.cadence = :cadence AND p.baseline = FALSE
			  AND p.start_date >= :from AND p.end_date <= :to
			  AND r.campaign_id = :campaignId AND r.status = 'ACCEPTED' AND (:anyUnit = TRUE OR r.unit_id = :unitId)
			GROUP BY e.target_id""")
	List<RangeSum> rangeSums(@Param("campaignId") Long campaignId, @Param("cadence") String cadence,
			@Param("anyUnit") boolean anyUnit, @Param("unitId") Long unitId, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	/**
	 * The values of the percentage targets (as {@code target_values} marks them) in the same accepted reports as
	 * {@link #rangeSums}: a rate is not summed, the latest of them stands. Driven by the kept rows of the campaign's
	 * percentage targets, so that it reads no entry of another target.
	 */
	@Query(nativeQuery = true, value = """
			SELECT e.target_id AS "targetId", p.start_date AS "startDate", e.period_value AS "value"
			FROM target_values v
			JOIN progress_entries e ON e.target_id = v.target_id
			JOIN progress_reports r ON r.id = e.report_id
			JOIN campaign_periods p ON p.id = r.period_id
			WHERE v.campaign_id = :campaignId AND v.percent = TRUE AND (:anyUnit = TRUE OR v.unit_id = :unitId)
			  AND r.status = 'ACCEPTED' AND e.period_value IS NOT NULL
			  AND p.cadence = :cadence AND p.baseline = FALSE AND p.start_date >= :from AND p.end_date <= :to""")
	List<RangeValue> rangeValues(@Param("campaignId") Long campaignId, @Param("cadence") String cadence,
			@Param("anyUnit") boolean anyUnit, @Param("unitId") Long unitId, @Param("from") LocalDate from,
			@Param("to") LocalDate to);
}
