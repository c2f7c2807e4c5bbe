-- The third column of a unit's score: the final score (kết quả chính thức) confirmed by the leadership after the
-- council's meeting, with the meeting's date and the minutes' reference; per criterion the final points (the reviewed
-- ones by default) and, where they differ, the reason.
ALTER TABLE unit_scores ADD COLUMN final_meeting_date DATE;
ALTER TABLE unit_scores ADD COLUMN final_minutes VARCHAR(200);
ALTER TABLE unit_scores ADD COLUMN finalised_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE unit_scores DROP CONSTRAINT ck_unit_scores_status;
ALTER TABLE unit_scores ADD CONSTRAINT ck_unit_scores_status
    CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'FINAL'));
ALTER TABLE score_lines ADD COLUMN final_points NUMERIC(8, 2);
ALTER TABLE score_lines ADD COLUMN final_comment VARCHAR(2000);
ALTER TABLE score_lines ADD CONSTRAINT ck_score_lines_final CHECK (final_points IS NULL OR final_points >= 0);
