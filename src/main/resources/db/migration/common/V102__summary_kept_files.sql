-- A finalised report's DOCX and XLSX as kept among the campaign's documents (document module's kept files, by id):
-- after finalising, the report's downloads are those very files.
ALTER TABLE summary_reports ADD COLUMN docx_kept_id BIGINT;
ALTER TABLE summary_reports ADD COLUMN xlsx_kept_id BIGINT;
