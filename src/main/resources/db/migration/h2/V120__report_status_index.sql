-- The PostgreSQL migration of the same number adds the status columns as INCLUDE columns, which H2 does not have.
CREATE INDEX ix_progress_reports_statuses ON progress_reports (campaign_id, unit_id, period_id);
