-- H2 stand-in for the PostgreSQL append-only triggers: H2 triggers are Java classes, and the embedded demo database
-- needs no such guard. The application itself never updates or deletes audit rows.
SELECT 1;
