-- The resident portal (issue 6): the letters a city sends with one-time activation codes, and the
-- accounts residents open with them. Both lead with tenant_id and name the person by the tenant's token,
-- so they shard by tenant and person like the log. A code is kept only as a keyed hash (the tenant's
-- blind-index key), so the table alone cannot be used to activate anyone.
CREATE TABLE resident_letter (
  tenant_id      VARCHAR(64) NOT NULL,
  letter_number  VARCHAR(16) NOT NULL,
  person_token   VARCHAR(32) NOT NULL,
  code_hash      ${blob} NOT NULL,
  issued_at      BIGINT NOT NULL,
  expires_at     BIGINT NOT NULL,
  tries          INTEGER NOT NULL DEFAULT 0,
  used_at        BIGINT,
  locked_at      BIGINT,
  replaced_at    BIGINT,
  PRIMARY KEY (tenant_id, letter_number)
);
CREATE INDEX resident_letter_person ON resident_letter (tenant_id, person_token);

CREATE TABLE resident_account (
  tenant_id     VARCHAR(64) NOT NULL,
  resident_id   VARCHAR(32) NOT NULL,
  person_token  VARCHAR(32) NOT NULL,
  created_at    BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, resident_id)
);
CREATE UNIQUE INDEX resident_account_id ON resident_account (resident_id);
CREATE UNIQUE INDEX resident_account_person ON resident_account (tenant_id, person_token);
