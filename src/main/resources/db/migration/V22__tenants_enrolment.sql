-- Issue 14, set-up from zero: the tenants an installation serves, each made once by `mamori tenants add`
-- (its controller organisation, purposes, keys and log are made with it), and the one-time enrolment
-- addresses by which a new user chooses their first password and second factor, so that no password is
-- ever handed out. An address's code is kept only as a keyed hash (the tenant's blind-index key, as
-- resident_letter.code_hash), so the table alone enrols nobody. Both lead with tenant_id.
CREATE TABLE tenant (
  tenant_id   VARCHAR(64) NOT NULL PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  created_at  BIGINT NOT NULL,
  created_by  VARCHAR(80) NOT NULL
);

-- enrolment_id is the public half of the address's code (unique across the installation, so that the
-- address needs no tenant); the secret half is only in code_hash. At most one address of a user is
-- live: issuing a new one sets replaced_at on the older.
CREATE TABLE user_enrolment (
  tenant_id     VARCHAR(64) NOT NULL,
  enrolment_id  VARCHAR(32) NOT NULL,
  user_id       VARCHAR(64) NOT NULL,
  code_hash     ${blob} NOT NULL,
  issued_at     BIGINT NOT NULL,
  issued_by     VARCHAR(80) NOT NULL,
  expires_at    BIGINT NOT NULL,
  used_at       BIGINT,
  replaced_at   BIGINT,
  PRIMARY KEY (tenant_id, enrolment_id)
);
CREATE UNIQUE INDEX user_enrolment_id ON user_enrolment (enrolment_id);
CREATE INDEX user_enrolment_user ON user_enrolment (tenant_id, user_id);
