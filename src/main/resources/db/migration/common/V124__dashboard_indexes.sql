-- Indexes for the figures of the leadership dashboard, the results page and the public page (issue 14), each an SQL
-- aggregate over indexed columns whatever the number of units:
-- the approved registrations of a campaign (report's completion counts join them to their targets),
CREATE INDEX ix_target_registrations_campaign_status ON target_registrations (campaign_id, status);
-- the reports of a campaign by status and period (the accepted ones of the main cadence are summed per target),
CREATE INDEX ix_progress_reports_campaign_period ON progress_reports (campaign_id, status, period_id);
-- the black spots of a committee counted by status,
CREATE INDEX ix_black_spots_committee_status ON black_spots (committee_id, status);
-- the commendation proposals of a campaign counted by status (the dashboard's pipeline panel),
CREATE INDEX ix_proposals_campaign_status ON commendation_proposals (campaign_id, status);
-- and the recognised exemplars of a campaign that the office published (the public page's section).
CREATE INDEX ix_exemplars_campaign_status ON exemplars (campaign_id, status, publishable);
