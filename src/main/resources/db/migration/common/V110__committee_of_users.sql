-- Issue 18, item 1: one installation serves many committees, each sealed from the others. Every account belongs to one
-- committee: its unit's, or directly (the standing office, leaders and administrators of a committee often have no
-- unit). The column holds the committee the account works in, kept equal to its unit's when it has one; only a
-- system administrator (the new role SYSTEM_ADMIN) has none and sees no unit data.
ALTER TABLE users ADD COLUMN committee_id BIGINT REFERENCES committees (id);
CREATE INDEX ix_users_committee ON users (committee_id);

UPDATE users SET committee_id = (SELECT un.committee_id FROM units un WHERE un.id = users.unit_id)
    WHERE unit_id IS NOT NULL;
-- Accounts without a unit (or whose unit had no committee) worked for the installation's one committee so far: the
-- first active committee, the one CommitteeService.main() names.
UPDATE users SET committee_id = (SELECT MIN(c.id) FROM committees c WHERE c.active)
    WHERE committee_id IS NULL;

ALTER TABLE user_roles DROP CONSTRAINT ck_user_roles_role;
ALTER TABLE user_roles ADD CONSTRAINT ck_user_roles_role
    CHECK (role IN ('UNIT_OFFICER', 'UNIT_HEAD', 'STANDING_OFFICE', 'LEADER', 'ADMIN', 'SYSTEM_ADMIN'));

-- A session stores the signed-in user without her committee until it signs in again: end every session now.
UPDATE users SET security_stamp = security_stamp + 1;
