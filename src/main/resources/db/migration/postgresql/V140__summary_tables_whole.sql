-- A section's table is kept whole (issue 17 at scale): the ranking and the results of a province list every one of its
-- 2,000 units (about 100 KB; a nation's, 20 times that), which the 20,000 characters of V100 cut in the middle of a
-- row. The page shows the first rows; the DOCX and the XLSX print them all.
ALTER TABLE summary_sections ALTER COLUMN table_data TYPE VARCHAR(10000000);
