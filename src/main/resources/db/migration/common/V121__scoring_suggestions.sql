-- Suggested points (issue 15, item 2): a line of the score table may say which data informs it. suggestion_rule:
-- TARGETS (completion of the unit's approved targets in the task area task_area_id), REPORTS_ON_TIME (reports sent by
-- their due date), LATE_REPORTS (a deduction: one occurrence per report late or not sent), ACCIDENTS (the unit's area
-- against the baseline year), BLACK_SPOTS (the black spots it is responsible for, treated or not). Null: no
-- suggestion. A suggestion is shown beside the line, never written into a score.
ALTER TABLE score_criteria ADD COLUMN suggestion_rule VARCHAR(30);
ALTER TABLE score_criteria ADD COLUMN task_area_id BIGINT REFERENCES campaign_task_areas (id);
ALTER TABLE score_criteria ADD CONSTRAINT ck_score_criteria_suggestion CHECK (suggestion_rule IS NULL
    OR suggestion_rule IN ('TARGETS', 'REPORTS_ON_TIME', 'LATE_REPORTS', 'ACCIDENTS', 'BLACK_SPOTS'));
CREATE INDEX ix_score_criteria_task_area ON score_criteria (task_area_id);
