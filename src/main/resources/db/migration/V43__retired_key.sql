-- Field keys being retired or retired (issue 19, point 4). A row is written when a retirement starts
-- (before anything is re-wrapped or destroyed), so `mamori keys retire` without a key finishes a
-- retirement that was stopped, and `mamori keys status` shows the key as retiring. destroyed_at is set
-- once the key is gone from the tenant's field keyset and the root key generation that wrapped the
-- keyset before is destroyed too; root_generation is the root key generation current after it.
CREATE TABLE retired_key (
  tenant_id        VARCHAR(64) NOT NULL,
  key_id           BIGINT NOT NULL,
  started_at       BIGINT NOT NULL,
  deleted_at       BIGINT,
  destroyed_at     BIGINT,
  root_generation  BIGINT,
  PRIMARY KEY (tenant_id, key_id)
);
