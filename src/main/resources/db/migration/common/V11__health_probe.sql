-- One row that the health check writes to (inside a transaction it rolls back), so that /actuator/health notices a
-- database that answers reads but refuses writes. The CHECK (... IN ...) is deliberate: that is the kind of
-- constraint H2 2.4.240 broke after the pool retired a connection (issue 11).
CREATE TABLE health_probes (
    id INTEGER NOT NULL PRIMARY KEY,
    state VARCHAR(10) NOT NULL,
    CONSTRAINT ck_health_probes_state CHECK (state IN ('IDLE', 'PROBED'))
);
INSERT INTO health_probes (id, state) VALUES (1, 'IDLE');
