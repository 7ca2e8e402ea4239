-- Passkeys (WebAuthn), first for residents (issue 6). A passkey user is the WebAuthn "user entity": a
-- random handle the authenticator keeps, and the owner it stands for (a resident id r-..., or a user id).
-- Credentials are looked up by their id at sign-in, before anyone is known, so that is their key; the
-- public key is a COSE key, the rest is what the WebAuthn ceremony checks (signature counter, flags).
CREATE TABLE passkey_user (
  user_handle   ${blob} NOT NULL PRIMARY KEY,
  owner_id      VARCHAR(64) NOT NULL,
  display_name  VARCHAR(200) NOT NULL
);
CREATE UNIQUE INDEX passkey_user_owner ON passkey_user (owner_id);

CREATE TABLE passkey_credential (
  credential_id      ${blob} NOT NULL PRIMARY KEY,
  user_handle        ${blob} NOT NULL,
  public_key         ${blob} NOT NULL,
  signature_count    BIGINT NOT NULL,
  uv_initialized     INTEGER NOT NULL,
  backup_eligible    INTEGER NOT NULL,
  backup_state       INTEGER NOT NULL,
  transports         VARCHAR(200) NOT NULL,
  attestation_object ${blob},
  client_data_json   ${blob},
  label              VARCHAR(100) NOT NULL,
  created_at         BIGINT NOT NULL,
  last_used_at       BIGINT NOT NULL
);
CREATE INDEX passkey_credential_user ON passkey_credential (user_handle);
