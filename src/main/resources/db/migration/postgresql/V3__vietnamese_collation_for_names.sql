-- Names sort as Vietnamese readers expect (Đ after D, Ư after U), whatever the database's default collation.
ALTER TABLE areas ALTER COLUMN name TYPE VARCHAR(150) COLLATE "vi-VN-x-icu";
ALTER TABLE units ALTER COLUMN name TYPE VARCHAR(200) COLLATE "vi-VN-x-icu";
ALTER TABLE users ALTER COLUMN full_name TYPE VARCHAR(150) COLLATE "vi-VN-x-icu";
ALTER TABLE committee_members ALTER COLUMN person_name TYPE VARCHAR(150) COLLATE "vi-VN-x-icu";
