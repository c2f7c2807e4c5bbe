-- Indexes for the filters of the audit trail's list (issue 19), each giving the newest entries first within its
-- filter, so that a page of a filtered list reads its page and not the whole trail (300,000 entries at province
-- scale): entries of one entity type, of one action, and of one committee's accounts (the list of a committee's
-- administrator keeps the entries of its users).
CREATE INDEX ix_audit_entries_type_time ON audit_entries (entity_type, occurred_at, id);
CREATE INDEX ix_audit_entries_action_time ON audit_entries (action, occurred_at, id);
CREATE INDEX ix_audit_entries_user_time ON audit_entries (user_id, occurred_at, id);
