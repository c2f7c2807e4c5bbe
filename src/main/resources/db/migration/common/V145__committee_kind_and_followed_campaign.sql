-- Whoever organises (issue 18 item 6): a committee is of a kind, a Ban ATGT by default, or the people's committee,
-- the police or another body (a 2026 draft would end the provincial Ban ATGT and give the coordination to the police).
ALTER TABLE committees ADD COLUMN kind VARCHAR(20) DEFAULT 'BAN_ATGT' NOT NULL;
ALTER TABLE committees ADD CONSTRAINT ck_committees_kind CHECK (kind IN ('BAN_ATGT', 'PEOPLES_COMMITTEE', 'POLICE', 'OTHER'));

-- Movements that follow the province (issue 18 item 3): a commune's campaign may name the campaign of its parent
-- committee that it implements; the launch plan's "Căn cứ" line cites that plan.
ALTER TABLE campaigns ADD COLUMN follows_campaign_id BIGINT REFERENCES campaigns (id);
CREATE INDEX ix_campaigns_follows ON campaigns (follows_campaign_id);
