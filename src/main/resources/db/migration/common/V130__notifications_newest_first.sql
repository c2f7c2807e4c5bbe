-- A user's notifications newest first (the notifications page, 30 a page): read in order from this index instead of
-- sorting all of the user's notifications on every page view (issue 19: 3,000 for a province's busiest officer).
CREATE INDEX ix_notifications_user_newest ON notifications (user_id, created_at DESC, id DESC);
