package vn.atgt.thidua.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Completion of a campaign's approved targets as one SQL aggregate (read by
 * {@link vn.atgt.thidua.report.ReportCompletions}) over the value kept per approved target ({@code target_values}),
 * which {@link #forget} and {@link #keep} rebuild for one unit or a campaign from the registration module's targets and
 * registrations, the campaign module's periods and the accepted reports, as the other sums of this module read them.
 * The judgement of every target and its counting by unit, task area and suggested indicator happen in the database,
 * in one statement whatever the number of units.
 * Plain SQL that PostgreSQL and H2 (PostgreSQL mode) both run: common table expressions, CASE, UNION ALL.
 */
public interface CompletionRepository extends Repository<ProgressReport, Long> {

	/**
	 * The kept values ({@code target_values}, V126) of the campaign's approved targets judged as of {@code today}, then
	 * counted as {@code ReportCompletions#counts} words it. Rows, at the {@code levels} asked for: every (unit, task
	 * area), every task area of the campaign (with its number and title, counted zero when it has no target; the one
	 * asked for only), every unit, the total (always one row), and every suggested indicator summable across units
	 * (quantitative, not a percentage). Reads the campaign's rows by {@code ix_target_values_campaign}: no entry is
	 * summed here; every target is judged once, into the counts per (unit, task area) that the other levels add up.
	 */
	@Query(nativeQuery = true, value = """
			WITH ua AS (
			  SELECT j.unit_id, j.task_area_id, COUNT(*) AS targets,
			         SUM(CASE WHEN j.standing = 'MET' THEN 1 ELSE 0 END) AS met,
			         SUM(CASE WHEN j.standing = 'ON_TRACK' THEN 1 ELSE 0 END) AS on_track,
			         SUM(CASE WHEN j.standing = 'BEHIND' THEN 1 ELSE 0 END) AS behind
			  FROM (
			    SELECT v.unit_id, v.task_area_id,
			           CASE WHEN v.kind = 'MILESTONE' THEN
			                  CASE WHEN v.done THEN 'MET' WHEN v.due_date IS NULL OR v.due_date >= :today THEN 'ON_TRACK'
			                       ELSE 'BEHIND' END
			                WHEN v.target_value IS NOT NULL AND v.direction = 'AT_MOST' AND v.reached <= v.target_value
			                  THEN 'MET'
			                WHEN v.target_value IS NOT NULL AND v.direction IN ('AT_LEAST', 'EXACTLY')
			                     AND v.reached >= v.target_value THEN 'MET'
			                WHEN v.direction = 'AT_MOST' OR v.target_value IS NULL OR v.target_value = 0 THEN 'BEHIND'
			                WHEN ROUND(v.reached * 100 / v.target_value, 1) >= :elapsed THEN 'ON_TRACK'
			                ELSE 'BEHIND' END AS standing
			    FROM target_values v
			    WHERE v.campaign_id = :campaignId
			      AND (:anyUnit = TRUE OR v.unit_id IN (:unitIds))
			      AND (:anyArea = TRUE OR v.task_area_id = :taskAreaId)) j
			  GROUP BY j.unit_id, j.task_area_id)
			SELECT 'UNIT_AREA' AS "level", unit_id AS "unitId", task_area_id AS "taskAreaId",
			       CAST(NULL AS BIGINT) AS "suggestedIndicatorId", targets AS "targets", met AS "met",
			       on_track AS "onTrack", behind AS "behind",
			       CAST(NULL AS NUMERIC(20, 4)) AS "achieved", CAST(NULL AS NUMERIC(20, 4)) AS "targetSum",
			       CAST(NULL AS VARCHAR(500)) AS "name", CAST(NULL AS VARCHAR(50)) AS "unitOfMeasure",
			       CAST(NULL AS VARCHAR(20)) AS "direction", CAST(NULL AS INT) AS "taskAreaNumber"
			FROM ua WHERE 'UNIT_AREA' IN (:levels)
			UNION ALL
			SELECT 'AREA', NULL, ta.id, NULL, COALESCE(SUM(a.targets), 0), COALESCE(SUM(a.met), 0),
			       COALESCE(SUM(a.on_track), 0), COALESCE(SUM(a.behind), 0), NULL, NULL, ta.title, NULL, NULL,
			       ta.number
			FROM campaign_task_areas ta LEFT JOIN ua a ON a.task_area_id = ta.id
			WHERE ta.campaign_id = :campaignId AND (:anyArea = TRUE OR ta.id = :taskAreaId) AND 'AREA' IN (:levels)
			GROUP BY ta.id, ta.number, ta.title
			UNION ALL
			SELECT 'UNIT', unit_id, NULL, NULL, SUM(targets), SUM(met), SUM(on_track), SUM(behind), NULL, NULL, NULL,
			       NULL, NULL, NULL
			FROM ua WHERE 'UNIT' IN (:levels) GROUP BY unit_id
			UNION ALL
			SELECT 'TOTAL', NULL, NULL, NULL, COALESCE(SUM(targets), 0), COALESCE(SUM(met), 0),
			       COALESCE(SUM(on_track), 0), COALESCE(SUM(behind), 0), NULL, NULL, NULL, NULL, NULL, NULL
			FROM ua WHERE 'TOTAL' IN (:levels)
			UNION ALL
			SELECT 'INDICATOR', NULL, MIN(v.task_area_id), v.suggested_indicator_id, COUNT(*), 0, 0, 0, SUM(v.reached),
			       SUM(COALESCE(v.target_value, 0)), MIN(v.indicator_name), MIN(v.unit_of_measure), MIN(v.direction),
			       NULL
			FROM target_values v
			WHERE v.campaign_id = :campaignId AND 'INDICATOR' IN (:levels)
			  AND (:anyUnit = TRUE OR v.unit_id IN (:unitIds))
			  AND (:anyArea = TRUE OR v.task_area_id = :taskAreaId)
			  AND v.suggested_indicator_id IS NOT NULL AND v.kind = 'QUANTITATIVE' AND v.percent = FALSE
			GROUP BY v.suggested_indicator_id""")
	List<CompletionCountRow> counts(@Param("campaignId") Long campaignId, @Param("anyUnit") boolean anyUnit,
			@Param("unitIds") Collection<Long> unitIds, @Param("anyArea") boolean anyArea,
			@Param("taskAreaId") Long taskAreaId, @Param("today") LocalDate today,
			@Param("elapsed") BigDecimal elapsed, @Param("levels") Collection<String> levels);

	/** Forgets the kept values of the campaign's targets (of one unit unless {@code anyUnit}), before {@link #keep}. */
	@Modifying(flushAutomatically = true)
	@Query(nativeQuery = true, value = """
			DELETE FROM target_values
			WHERE campaign_id = :campaignId AND (:anyUnit = TRUE OR unit_id = :unitId)""")
	int forget(@Param("campaignId") Long campaignId, @Param("anyUnit") boolean anyUnit, @Param("unitId") Long unitId);

	/**
	 * Keeps the value of every approved target of the campaign (of one unit unless {@code anyUnit}), in one set-based
	 * statement, the same as V126's backfill: the main cadence is the one with the most reporting periods (the finer
	 * one when two have as many); a target's value is the sum of its accepted reports of that cadence (for a
	 * percentage, the latest value of them), zero when none; a milestone is done when one of them says so; with how
	 * many they are and the last day of the latest of their periods (V155). The rows must have been
	 * {@link #forget forgotten} first.
	 */
	@Modifying(flushAutomatically = true)
	@Query(nativeQuery = true, value = """
			INSERT INTO target_values (target_id, campaign_id, unit_id, task_area_id, suggested_indicator_id, kind,
			                           direction, target_value, due_date, percent, indicator_name, unit_of_measure,
			                           reached, done, accepted_reports, as_of)
			SELECT t.id, g.campaign_id, g.unit_id, t.task_area_id, t.suggested_indicator_id, t.kind, t.direction,
			       t.target_value, t.due_date,
			       COALESCE(LOWER(TRIM(t.unit_of_measure)) IN ('%', 'phần trăm', 'phan tram'), FALSE),
			       t.indicator_name, t.unit_of_measure,
			       CASE WHEN t.kind = 'MILESTONE' THEN NULL
			            WHEN LOWER(TRIM(t.unit_of_measure)) IN ('%', 'phần trăm', 'phan tram') THEN COALESCE(a.latest, 0)
			            ELSE COALESCE(a.total, 0) END,
			       COALESCE(a.done, 0) = 1, COALESCE(a.reports, 0), a.as_of
			FROM targets t
			JOIN target_registrations g ON g.id = t.registration_id
			LEFT JOIN (
			  SELECT s.unit_id, s.target_id, SUM(s.period_value) AS total, MAX(s.done) AS done,
			         MAX(CASE WHEN s.latest = 1 THEN s.period_value END) AS latest, COUNT(*) AS reports,
			         MAX(s.end_date) AS as_of
			  FROM (
			    SELECT r.unit_id, e.target_id, e.period_value, CASE WHEN e.milestone_done THEN 1 ELSE 0 END AS done,
			           p.end_date,
			           ROW_NUMBER() OVER (PARTITION BY r.unit_id, e.target_id
			                              ORDER BY CASE WHEN e.period_value IS NULL THEN 1 ELSE 0 END,
			                                       p.start_date DESC) AS latest
			    FROM progress_entries e
			    JOIN progress_reports r ON r.id = e.report_id
			    JOIN campaign_periods p ON p.id = r.period_id
			    WHERE r.campaign_id = :campaignId AND (:anyUnit = TRUE OR r.unit_id = :unitId)
			      AND r.status = 'ACCEPTED' AND p.baseline = FALSE AND p.cadence = (
			        SELECT c.cadence FROM campaign_periods c
			        WHERE c.campaign_id = :campaignId AND c.baseline = FALSE
			        GROUP BY c.cadence
			        ORDER BY COUNT(*) DESC, CASE c.cadence WHEN 'MONTHLY' THEN 0 WHEN 'QUARTERLY' THEN 1
			                                               WHEN 'HALF_YEARLY' THEN 2 WHEN 'YEARLY' THEN 3 ELSE 4 END
			        FETCH FIRST 1 ROWS ONLY)) s
			  GROUP BY s.unit_id, s.target_id) a ON a.unit_id = g.unit_id AND a.target_id = t.id
			WHERE g.campaign_id = :campaignId AND g.status = 'APPROVED' AND (:anyUnit = TRUE OR g.unit_id = :unitId)""")
	int keep(@Param("campaignId") Long campaignId, @Param("anyUnit") boolean anyUnit, @Param("unitId") Long unitId);
}
