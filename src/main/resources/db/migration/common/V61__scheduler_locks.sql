-- ShedLock's lock table: a scheduled job (the daily reminders, the session and throttle housekeeping) runs on one node
-- per schedule, whichever takes the row first (DESIGN.md §10, issue 20). The reminders' sent-log keeps its unique key
-- as well: the lock stops the work being done twice, the key stops a reminder being sent twice.
-- Plain TIMESTAMP, as ShedLock's documentation gives it: with usingDbTime() it writes and compares the database's own
-- UTC time (timezone('utc', CURRENT_TIMESTAMP) on PostgreSQL), never a node's clock.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
