-- What an account may do (its unit, roles, being active, its password) gets a counter that every such change raises.
-- A session remembers the value it signed in with and ends at its next request once the account's value differs
-- (issue 11, item 4). Read by primary key on every request, so it needs no index of its own.
ALTER TABLE users ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0;
