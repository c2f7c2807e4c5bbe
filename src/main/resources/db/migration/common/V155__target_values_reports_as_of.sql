-- The year-end report reads every approved target's value from target_values (V126) instead of summing the campaign's
-- progress entries (issue 17 item 4: 480,000 entries per campaign at province scale, 10–14 s of the draft). Its row
-- also shows how many accepted reports answer the target and the last day of the latest of their periods: kept here
-- by the same statement as the value (report/internal/CompletionRepository.keep), rebuilt below by that statement for
-- every campaign.
ALTER TABLE target_values ADD COLUMN accepted_reports INT DEFAULT 0 NOT NULL;
ALTER TABLE target_values ADD COLUMN as_of DATE;

DELETE FROM target_values;

INSERT INTO target_values (target_id, campaign_id, unit_id, task_area_id, suggested_indicator_id, kind, direction,
                           target_value, due_date, percent, indicator_name, unit_of_measure, reached, done,
                           accepted_reports, as_of)
SELECT t.id, g.campaign_id, g.unit_id, t.task_area_id, t.suggested_indicator_id, t.kind, t.direction, t.target_value,
       t.due_date, COALESCE(LOWER(TRIM(t.unit_of_measure)) IN ('%', 'phần trăm', 'phan tram'), FALSE),
       t.indicator_name,
       t.unit_of_measure,
       CASE WHEN t.kind = 'MILESTONE' THEN NULL
            WHEN LOWER(TRIM(t.unit_of_measure)) IN ('%', 'phần trăm', 'phan tram') THEN COALESCE(a.latest, 0)
            ELSE COALESCE(a.total, 0) END,
       COALESCE(a.done, 0) = 1,
       COALESCE(a.reports, 0),
       a.as_of
FROM targets t
JOIN target_registrations g ON g.id = t.registration_id
LEFT JOIN (
  SELECT s.unit_id, s.target_id, SUM(s.period_value) AS total, MAX(s.done) AS done,
         MAX(CASE WHEN s.latest = 1 THEN s.period_value END) AS latest, COUNT(*) AS reports, MAX(s.end_date) AS as_of
  FROM (
    SELECT r.unit_id, e.target_id, e.period_value, CASE WHEN e.milestone_done THEN 1 ELSE 0 END AS done, p.end_date,
           ROW_NUMBER() OVER (PARTITION BY r.unit_id, e.target_id
                              ORDER BY CASE WHEN e.period_value IS NULL THEN 1 ELSE 0 END, p.start_date DESC) AS latest
    FROM progress_entries e
    JOIN progress_reports r ON r.id = e.report_id
    JOIN campaign_periods p ON p.id = r.period_id
    JOIN (
      SELECT x.campaign_id, x.cadence FROM (
        SELECT c.campaign_id, c.cadence,
               ROW_NUMBER() OVER (PARTITION BY c.campaign_id
                                  ORDER BY COUNT(*) DESC, CASE c.cadence WHEN 'MONTHLY' THEN 0 WHEN 'QUARTERLY' THEN 1
                                           WHEN 'HALF_YEARLY' THEN 2 WHEN 'YEARLY' THEN 3 ELSE 4 END) AS n
        FROM campaign_periods c WHERE c.baseline = FALSE
        GROUP BY c.campaign_id, c.cadence) x
      WHERE x.n = 1) m ON m.campaign_id = r.campaign_id AND m.cadence = p.cadence
    WHERE r.status = 'ACCEPTED' AND p.baseline = FALSE) s
  GROUP BY s.unit_id, s.target_id) a ON a.unit_id = g.unit_id AND a.target_id = t.id
WHERE g.status = 'APPROVED';
