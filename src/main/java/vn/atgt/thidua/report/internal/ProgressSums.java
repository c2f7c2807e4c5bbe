package vn.atgt.thidua.report.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the accepted reports add up to per approved target, as {@link vn.atgt.thidua.report.ReportProgress} reads it:
 * for the whole campaign from the value kept per target ({@code target_values}, {@link TargetValues}), no entry summed;
 * over a range of periods by one aggregate over the accepted reports of those periods. Both read the campaign module's
 * periods table for the cadence and dates of the periods, as {@link CompletionRepository#keep} does. Plain SQL that
 * PostgreSQL and H2 (PostgreSQL mode) both run, mapped to records by JDBC: a campaign has 37,600 approved targets at
 * province scale, and Spring Data's interface projections of native rows (a proxy and a map per row, a lookup per
 * getter) cost seconds of the year-end draft there.
 */
@Repository
public class ProgressSums {

	private final NamedParameterJdbcTemplate jdbc;

	ProgressSums(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The kept value of an approved target: reached (null for a milestone), done, how many accepted reports, as of. */
	public record KeptValue(Long targetId, BigDecimal reached, boolean done, int acceptedReports, LocalDate asOf) {
	}

	/**
	 * What the accepted reports of one cadence over a range of periods add up to for one target: the sum of their
	 * values, whether one of them says the milestone is done, how many they are, the last day of the latest of them.
	 */
	public record RangeSum(Long targetId, BigDecimal total, boolean done, int reports, LocalDate asOf) {
	}

	/** One value of a percentage target in an accepted report of the range, with its period's first day. */
	public record RangeValue(Long targetId, LocalDate startDate, BigDecimal value) {
	}

	/** The kept values of a campaign's approved targets (of one unit unless {@code anyUnit}), by the campaign's index. */
	public List<KeptValue> kept(Long campaignId, boolean anyUnit, Long unitId) {
		return jdbc.query("""
				SELECT v.target_id, v.reached, v.done, v.accepted_reports, v.as_of
				FROM target_values v
				WHERE v.campaign_id = :campaignId AND (:anyUnit = TRUE OR v.unit_id = :unitId)""",
				params(campaignId, anyUnit, unitId),
				(rs, row) -> new KeptValue(rs.getLong(1), rs.getBigDecimal(2), rs.getBoolean(3), rs.getInt(4),
						date(rs, 5)));
	}

	/**
	 * What the accepted reports of one cadence add up to per target (of every unit when {@code anyUnit}), over the
	 * periods that lie within {@code from} and {@code to}. Driven by the periods: the accepted reports of each by
	 * {@code ix_progress_reports_campaign_period}, their entries by {@code uq_progress_entries_target}, then one hash
	 * aggregate. The latest value of a percentage is {@link #rangeValues}': a "latest of" per target here cost a
	 * sub-query per target (37,600 of them at province scale, most of the 48 s of issue 17's measurement) or a sort of
	 * every entry for a window function.
	 */
	public List<RangeSum> rangeSums(Long campaignId, String cadence, boolean anyUnit, Long unitId, LocalDate from,
			LocalDate to) {
		return jdbc.query("""
				SELECT e.target_id, SUM(e.period_value), MAX(CASE WHEN e.milestone_done THEN 1 ELSE 0 END),
				       COUNT(*), MAX(p.end_date)
				FROM campaign_periods p
				JOIN progress_reports r ON r.period_id = p.id
				JOIN progress_entries e ON e.report_id = r.id
				WHERE p.campaign_id = :campaignId AND p.cadence = :cadence AND p.baseline = FALSE
				  AND p.start_date >= :from AND p.end_date <= :to
				  AND r.campaign_id = :campaignId AND r.status = 'ACCEPTED'
				  AND (:anyUnit = TRUE OR r.unit_id = :unitId)
				GROUP BY e.target_id""", range(campaignId, cadence, anyUnit, unitId, from, to),
				(rs, row) -> new RangeSum(rs.getLong(1), rs.getBigDecimal(2), rs.getInt(3) == 1, rs.getInt(4),
						date(rs, 5)));
	}

	/**
	 * The values of the percentage targets (as {@code target_values} marks them) in the same accepted reports as
	 * {@link #rangeSums}: a rate is not summed, the latest of them stands. Driven by the kept rows of the campaign's
	 * percentage targets, so that it reads no entry of another target.
	 */
	public List<RangeValue> rangeValues(Long campaignId, String cadence, boolean anyUnit, Long unitId,
			LocalDate from, LocalDate to) {
		return jdbc.query("""
				SELECT e.target_id, p.start_date, e.period_value
				FROM target_values v
				JOIN progress_entries e ON e.target_id = v.target_id
				JOIN progress_reports r ON r.id = e.report_id
				JOIN campaign_periods p ON p.id = r.period_id
				WHERE v.campaign_id = :campaignId AND v.percent = TRUE AND (:anyUnit = TRUE OR v.unit_id = :unitId)
				  AND r.status = 'ACCEPTED' AND e.period_value IS NOT NULL
				  AND p.cadence = :cadence AND p.baseline = FALSE AND p.start_date >= :from AND p.end_date <= :to""",
				range(campaignId, cadence, anyUnit, unitId, from, to),
				(rs, row) -> new RangeValue(rs.getLong(1), date(rs, 2), rs.getBigDecimal(3)));
	}

	private static MapSqlParameterSource params(Long campaignId, boolean anyUnit, Long unitId) {
		return new MapSqlParameterSource("campaignId", campaignId).addValue("anyUnit", anyUnit)
			.addValue("unitId", unitId, java.sql.Types.BIGINT);
	}

	private static MapSqlParameterSource range(Long campaignId, String cadence, boolean anyUnit, Long unitId,
			LocalDate from, LocalDate to) {
		return params(campaignId, anyUnit, unitId).addValue("cadence", cadence).addValue("from", from)
			.addValue("to", to);
	}

	private static LocalDate date(ResultSet rs, int column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}
}
