-- A counter per campaign of the changes to where its units stand (campaign/CampaignStatusVersions): a report or a
-- registration sent, accepted, returned or reopened, the registration deadline set, a participant or a period added,
-- changed or removed (every command of the campaign module), a participating unit renamed. Raised first in the
-- transaction that makes the change; read before every view of the leadership dashboard and of the office's home page,
-- whose standing and progress (at province scale ~90 ms of PostgreSQL per view) are kept in memory under (campaign,
-- counter, day), so that a node never serves a standing older than what another node has committed. No row reads as 0.
CREATE TABLE campaign_status_versions (
    campaign_id BIGINT NOT NULL PRIMARY KEY,
    version     BIGINT NOT NULL
);

INSERT INTO campaign_status_versions (campaign_id, version) SELECT id, 0 FROM campaigns;
