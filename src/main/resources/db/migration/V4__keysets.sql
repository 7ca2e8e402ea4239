-- Keys (DESIGN.md promise 1). The root key itself is never here: it is a key file or sits in an HSM.

-- A small ciphertext made with the root key when the store was first keyed: at every start the root key
-- must open it, so a different key file or token is refused before anything is written with it, and a
-- store that has one is never given a new root key. kind is file or pkcs11.
CREATE TABLE root_key_check (
  singleton   INTEGER NOT NULL PRIMARY KEY CHECK (singleton = 1),
  kind        VARCHAR(16) NOT NULL,
  check_value ${blob} NOT NULL,
  created_at  BIGINT NOT NULL
);

-- Per tenant and purpose (field: AEAD; index, token: PRF) one Tink keyset, stored only as Tink's
-- EncryptedKeyset wrapped by the root key with the tenant and purpose as associated data, so a row
-- copied to another tenant or purpose does not open. A keyset holds several keys (one primary, older
-- ones still opening old data), so rotating rewrites the row in place: version moves by
-- compare-and-swap (UPDATE ... WHERE version = <old>), never back.
CREATE TABLE tenant_keyset (
  tenant_id   VARCHAR(64) NOT NULL,
  purpose     VARCHAR(16) NOT NULL,
  keyset      ${blob} NOT NULL,
  version     BIGINT NOT NULL,
  created_at  BIGINT NOT NULL,
  updated_at  BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, purpose)
);
