-- Person records (DESIGN.md promises 1 and 7). Nothing here is readable without the keys: fields are
-- AES-256-GCM ciphertexts under a per-person data key, and data_key is that key wrapped by the tenant's
-- field keyset, which the root key wraps in turn. Every table leads with (tenant_id, person_id), a random
-- 63-bit id, so a distributed engine can shard by tenant and person.

-- One row per person. number_index and name_index are keyed blind indexes (16 bytes of the tenant's
-- index PRF) and fingerprint a keyed digest of all fields, for idempotent imports. token is the tenant's
-- own agency-specific token of the person. Erasing sets data_key, fields and the indexes to NULL and
-- erased_at; the row stays so that the token answers "erased" rather than "unknown".
-- On a distributed engine the two unique indexes become lookup tables distributed by their own key.
CREATE TABLE person (
  tenant_id     VARCHAR(64) NOT NULL,
  person_id     BIGINT NOT NULL,
  token         VARCHAR(19) NOT NULL,
  number_index  ${blob},
  name_index    ${blob},
  fingerprint   ${blob},
  version       INTEGER NOT NULL,
  data_key      ${blob},
  fields        ${blob},
  created_at    BIGINT NOT NULL,
  updated_at    BIGINT NOT NULL,
  erased_at     BIGINT,
  PRIMARY KEY (tenant_id, person_id)
);
CREATE UNIQUE INDEX person_token ON person (tenant_id, token);
CREATE UNIQUE INDEX person_number ON person (tenant_id, number_index);
CREATE INDEX person_name ON person (tenant_id, name_index);

-- The versions an update replaced, for the resident's history, encrypted under the same person key:
-- erasing the key shreds them too (and erasing deletes the rows).
CREATE TABLE person_version (
  tenant_id    VARCHAR(64) NOT NULL,
  person_id    BIGINT NOT NULL,
  version      INTEGER NOT NULL,
  fields       ${blob} NOT NULL,
  replaced_at  BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, person_id, version)
);
