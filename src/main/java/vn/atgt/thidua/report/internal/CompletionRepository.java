package vn.atgt.thidua.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Completion of a campaign's approved targets as one SQL aggregate (read by
 * {@link vn.atgt.thidua.report.ReportCompletions}). It reads the registration module's targets and registrations and
 * the campaign module's periods, as the other sums of this module do: the judgement of every target and its counting
 * by unit, task area and suggested indicator happen in the database, in one statement whatever the number of units.
 * Plain SQL that PostgreSQL and H2 (PostgreSQL mode) both run: common table expressions, CASE, UNION ALL.
 */
public interface CompletionRepository extends Repository<ProgressReport, Long> {

	/**
	 * The main cadence is the one with the most reporting periods (the finer one when two have as many); a target's
	 * value is the sum of its accepted reports of that cadence (for a percentage, the latest of them), zero when none;
	 * its standing as {@code ReportCompletions#counts} words it. Rows: every (unit, task area), every task area of the
	 * campaign (with its number and title, counted zero when it has no target; the one asked for only), every unit, the total (always one row), and every suggested indicator summable across units (quantitative, not a
	 * percentage).
	 */
	@Query(nativeQuery = true, value = """
			WITH cad AS (
			  SELECT p.cadence FROM campaign_periods p
			  WHERE p.campaign_id = :campaignId AND p.baseline = FALSE
			  GROUP BY p.cadence
			  ORDER BY COUNT(*) DESC, CASE p.cadence WHEN 'MONTHLY' THEN 0 WHEN 'QUARTERLY' THEN 1
			                                         WHEN 'HALF_YEARLY' THEN 2 WHEN 'YEARLY' THEN 3 ELSE 4 END
			  FETCH FIRST 1 ROWS ONLY),
			acc AS (
			  SELECT r.unit_id, e.target_id, SUM(e.period_value) AS total,
			         MAX(CASE WHEN e.milestone_done THEN 1 ELSE 0 END) AS done
			  FROM progress_entries e
			  JOIN progress_reports r ON r.id = e.report_id
			  JOIN campaign_periods p ON p.id = r.period_id
			  WHERE r.campaign_id = :campaignId AND r.status = 'ACCEPTED' AND p.baseline = FALSE
			    AND p.cadence = (SELECT cadence FROM cad)
			    AND (:anyUnit = TRUE OR r.unit_id IN (:unitIds))
			  GROUP BY r.unit_id, e.target_id),
			tv AS (
			  SELECT g.unit_id, t.task_area_id, t.suggested_indicator_id, t.kind, t.direction, t.target_value,
			         t.due_date, t.indicator_name, t.unit_of_measure,
			         CASE WHEN LOWER(TRIM(t.unit_of_measure)) IN ('%', 'phần trăm', 'phan tram') THEN 1 ELSE 0 END AS pct,
			         COALESCE(a.done, 0) AS done,
			         CASE WHEN t.kind = 'MILESTONE' THEN NULL
			              WHEN LOWER(TRIM(t.unit_of_measure)) IN ('%', 'phần trăm', 'phan tram') THEN COALESCE(
			                (SELECT e2.period_value FROM progress_entries e2
			                   JOIN progress_reports r2 ON r2.id = e2.report_id
			                   JOIN campaign_periods p2 ON p2.id = r2.period_id
			                 WHERE e2.target_id = t.id AND r2.unit_id = g.unit_id AND r2.campaign_id = g.campaign_id
			                   AND r2.status = 'ACCEPTED' AND p2.baseline = FALSE
			                   AND p2.cadence = (SELECT cadence FROM cad) AND e2.period_value IS NOT NULL
			                 ORDER BY p2.start_date DESC FETCH FIRST 1 ROWS ONLY), 0)
			              ELSE COALESCE(a.total, 0) END AS val
			  FROM targets t
			  JOIN target_registrations g ON g.id = t.registration_id
			  LEFT JOIN acc a ON a.unit_id = g.unit_id AND a.target_id = t.id
			  WHERE g.campaign_id = :campaignId AND g.status = 'APPROVED'
			    AND (:anyUnit = TRUE OR g.unit_id IN (:unitIds))
			    AND (:anyArea = TRUE OR t.task_area_id = :taskAreaId)),
			judged AS (
			  SELECT tv.*,
			         CASE WHEN kind = 'MILESTONE' THEN
			                CASE WHEN done = 1 THEN 'MET' WHEN due_date IS NULL OR due_date >= :today THEN 'ON_TRACK'
			                     ELSE 'BEHIND' END
			              WHEN target_value IS NOT NULL AND direction = 'AT_MOST' AND val <= target_value THEN 'MET'
			              WHEN target_value IS NOT NULL AND direction IN ('AT_LEAST', 'EXACTLY') AND val >= target_value
			                THEN 'MET'
			              WHEN direction = 'AT_MOST' OR target_value IS NULL OR target_value = 0 THEN 'BEHIND'
			              WHEN ROUND(val * 100 / target_value, 1) >= :elapsed THEN 'ON_TRACK'
			              ELSE 'BEHIND' END AS standing
			  FROM tv)
			SELECT 'UNIT_AREA' AS "level", unit_id AS "unitId", task_area_id AS "taskAreaId",
			       CAST(NULL AS BIGINT) AS "suggestedIndicatorId", COUNT(*) AS "targets",
			       SUM(CASE WHEN standing = 'MET' THEN 1 ELSE 0 END) AS "met",
			       SUM(CASE WHEN standing = 'ON_TRACK' THEN 1 ELSE 0 END) AS "onTrack",
			       SUM(CASE WHEN standing = 'BEHIND' THEN 1 ELSE 0 END) AS "behind",
			       CAST(NULL AS NUMERIC(20, 4)) AS "achieved", CAST(NULL AS NUMERIC(20, 4)) AS "targetSum",
			       CAST(NULL AS VARCHAR(500)) AS "name", CAST(NULL AS VARCHAR(50)) AS "unitOfMeasure",
			       CAST(NULL AS VARCHAR(20)) AS "direction", CAST(NULL AS INT) AS "taskAreaNumber"
			FROM judged GROUP BY unit_id, task_area_id
			UNION ALL
			SELECT 'AREA', NULL, ta.id, NULL, COUNT(j.task_area_id),
			       COALESCE(SUM(CASE WHEN j.standing = 'MET' THEN 1 ELSE 0 END), 0),
			       COALESCE(SUM(CASE WHEN j.standing = 'ON_TRACK' THEN 1 ELSE 0 END), 0),
			       COALESCE(SUM(CASE WHEN j.standing = 'BEHIND' THEN 1 ELSE 0 END), 0), NULL, NULL, ta.title, NULL, NULL,
			       ta.number
			FROM campaign_task_areas ta LEFT JOIN judged j ON j.task_area_id = ta.id
			WHERE ta.campaign_id = :campaignId AND (:anyArea = TRUE OR ta.id = :taskAreaId)
			GROUP BY ta.id, ta.number, ta.title
			UNION ALL
			SELECT 'UNIT', unit_id, NULL, NULL, COUNT(*), SUM(CASE WHEN standing = 'MET' THEN 1 ELSE 0 END),
			       SUM(CASE WHEN standing = 'ON_TRACK' THEN 1 ELSE 0 END),
			       SUM(CASE WHEN standing = 'BEHIND' THEN 1 ELSE 0 END), NULL, NULL, NULL, NULL, NULL, NULL
			FROM judged GROUP BY unit_id
			UNION ALL
			SELECT 'TOTAL', NULL, NULL, NULL, COUNT(*), COALESCE(SUM(CASE WHEN standing = 'MET' THEN 1 ELSE 0 END), 0),
			       COALESCE(SUM(CASE WHEN standing = 'ON_TRACK' THEN 1 ELSE 0 END), 0),
			       COALESCE(SUM(CASE WHEN standing = 'BEHIND' THEN 1 ELSE 0 END), 0), NULL, NULL, NULL, NULL, NULL, NULL
			FROM judged
			UNION ALL
			SELECT 'INDICATOR', NULL, MIN(task_area_id), suggested_indicator_id, COUNT(*), 0, 0, 0, SUM(val),
			       SUM(COALESCE(target_value, 0)), MIN(indicator_name), MIN(unit_of_measure), MIN(direction), NULL
			FROM judged WHERE suggested_indicator_id IS NOT NULL AND kind = 'QUANTITATIVE' AND pct = 0
			GROUP BY suggested_indicator_id""")
	List<CompletionCountRow> counts(@Param("campaignId") Long campaignId, @Param("anyUnit") boolean anyUnit,
			@Param("unitIds") Collection<Long> unitIds, @Param("anyArea") boolean anyArea,
			@Param("taskAreaId") Long taskAreaId, @Param("today") LocalDate today,
			@Param("elapsed") BigDecimal elapsed);
}
