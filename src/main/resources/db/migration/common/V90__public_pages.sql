-- The public page of a campaign (/public/campaigns/{id}, no sign-in) is off until the standing office switches it on
-- (issue 14). One row per campaign whose page the office has switched on or off; no row means off.
CREATE TABLE public_pages (
    campaign_id BIGINT  NOT NULL PRIMARY KEY REFERENCES campaigns (id),
    enabled     BOOLEAN NOT NULL,
    version     BIGINT  NOT NULL DEFAULT 0,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(60),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(60)
);
