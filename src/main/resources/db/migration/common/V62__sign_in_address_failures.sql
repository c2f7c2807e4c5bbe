-- Failed sign-ins per network address (the address throttle), in the database rather than in one node's memory, so
-- that a machine refused by one node is refused by all of them (issue 20). One small row per address that failed in
-- the last few minutes; the housekeeping job deletes the rows older than the lock duration.
CREATE TABLE sign_in_address_failures (
    address         VARCHAR(64) NOT NULL PRIMARY KEY,
    failures        INTEGER     NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    refused_until   TIMESTAMP WITH TIME ZONE
);

CREATE INDEX ix_sign_in_address_failures_last ON sign_in_address_failures (last_failure_at);
