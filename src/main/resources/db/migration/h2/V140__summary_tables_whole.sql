-- As the PostgreSQL migration of the same number (a section's table kept whole), within H2's longest VARCHAR.
ALTER TABLE summary_sections ALTER COLUMN table_data SET DATA TYPE VARCHAR(1000000);
