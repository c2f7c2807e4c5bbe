-- A committee may sit under another (issue 18): since 1/7/2025 the province's Ban ATGT works with the communes' and
-- wards' committees, which one installation of the province serves. The parent reads its children's movements (never
-- changes them) and receives what they send upward. NULL: a committee at the top of its installation.
ALTER TABLE committees ADD COLUMN parent_committee_id BIGINT REFERENCES committees (id);
CREATE INDEX ix_committees_parent ON committees (parent_committee_id);
