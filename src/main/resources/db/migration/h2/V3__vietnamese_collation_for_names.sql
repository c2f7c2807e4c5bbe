-- H2 stand-in for the PostgreSQL ICU collation: H2 has no per-column collation; the embedded demo sorts by code point.
SELECT 1;
