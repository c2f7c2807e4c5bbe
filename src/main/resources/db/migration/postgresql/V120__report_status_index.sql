-- Where every report of a campaign stands (the status matrix, the late list, the office's home page, the dashboard)
-- and where one unit's reports stand (its home page): read in (unit, period) order straight from this index, without
-- visiting the table (issue 19: at province scale the campaign's 24,000 reports cost a bitmap heap scan and a sort).
CREATE INDEX ix_progress_reports_statuses ON progress_reports (campaign_id, unit_id, period_id)
    INCLUDE (id, status, first_submitted_at, last_submitted_at, late_days, decided_at);
