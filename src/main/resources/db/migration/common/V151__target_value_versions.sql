-- A counter per campaign of the changes to its kept target values (target_values, V126), raised in the transaction that
-- keeps or rebuilds them (report/internal/TargetValues). The completion counts that the dashboard and the results page
-- read are judged from those values as of a day, which at province scale is a sum over 37,600 rows per view; they are
-- kept in memory under (campaign, counter, day), and every view reads the counter first (one indexed row), so that a
-- node never serves counts older than the values another node has committed. No row reads as 0.
CREATE TABLE target_value_versions (
    campaign_id BIGINT NOT NULL PRIMARY KEY,
    version     BIGINT NOT NULL
);

INSERT INTO target_value_versions (campaign_id, version) SELECT id, 0 FROM campaigns;
