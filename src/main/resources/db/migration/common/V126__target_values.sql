-- What each approved target has reached so far, kept by the report module (issue 14 item 5): at province scale the
-- dashboard's completion counts summed a campaign's 480,000 progress entries on every view (2.3–4.6 s). A row per
-- target of an approved registration: its campaign, unit, task area and suggested indicator, what the judgement needs
-- of it (kind, direction, target, due date, whether it is a percentage), and its value as ReportCompletions defines it:
-- the sum of the accepted reports of the campaign's main cadence (for a percentage the latest of them; NULL for a
-- milestone) and whether an accepted report says the milestone is done. Kept in the transaction that accepts, reopens
-- or returns a report or approves or reopens a registration (report/internal/CompletionRepository), where the same
-- statement as below rebuilds one unit or one campaign. Met / on track / behind depend on the day: judged when read.
CREATE TABLE target_values (
    target_id              BIGINT         NOT NULL PRIMARY KEY REFERENCES targets (id) ON DELETE CASCADE,
    campaign_id            BIGINT         NOT NULL,
    unit_id                BIGINT         NOT NULL,
    task_area_id           BIGINT         NOT NULL,
    suggested_indicator_id BIGINT,
    kind                   VARCHAR(20)    NOT NULL,
    direction              VARCHAR(20),
    target_value           NUMERIC(18, 4),
    due_date               DATE,
    percent                BOOLEAN        NOT NULL,
    indicator_name         VARCHAR(500)   NOT NULL,
    unit_of_measure        VARCHAR(50),
    reached                NUMERIC(20, 4),
    done                   BOOLEAN        NOT NULL
);
CREATE INDEX ix_target_values_campaign ON target_values (campaign_id, unit_id, task_area_id);

INSERT INTO target_values (target_id, campaign_id, unit_id, task_area_id, suggested_indicator_id, kind, direction,
                           target_value, due_date, percent, indicator_name, unit_of_measure, reached, done)
SELECT t.id, g.campaign_id, g.unit_id, t.task_area_id, t.suggested_indicator_id, t.kind, t.direction, t.target_value,
       t.due_date, COALESCE(LOWER(TRIM(t.unit_of_measure)) IN ('%', 'phần trăm', 'phan tram'), FALSE),
       t.indicator_name,
       t.unit_of_measure,
       CASE WHEN t.kind = 'MILESTONE' THEN NULL
            WHEN LOWER(TRIM(t.unit_of_measure)) IN ('%', 'phần trăm', 'phan tram') THEN COALESCE(a.latest, 0)
            ELSE COALESCE(a.total, 0) END,
       COALESCE(a.done, 0) = 1
FROM targets t
JOIN target_registrations g ON g.id = t.registration_id
LEFT JOIN (
  SELECT s.unit_id, s.target_id, SUM(s.period_value) AS total, MAX(s.done) AS done,
         MAX(CASE WHEN s.latest = 1 THEN s.period_value END) AS latest
  FROM (
    SELECT r.unit_id, e.target_id, e.period_value, CASE WHEN e.milestone_done THEN 1 ELSE 0 END AS done,
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
