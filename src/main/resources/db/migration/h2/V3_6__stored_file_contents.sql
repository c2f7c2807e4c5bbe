CREATE TABLE stored_file_contents (
    storage_key VARCHAR(64) PRIMARY KEY REFERENCES stored_files (storage_key),
    content     VARBINARY   NOT NULL
);
