-- Users and their API bearer tokens (issue 5; two factors and sessions come with issue 6). Both tables
-- lead with tenant_id so a distributed engine can place a tenant's people together.

-- A person who works in Mamori. user_id is the login name, unique across the installation (sign-in
-- names no tenant); organisation_id is the organisation (mamori.entrustment) the user belongs to.
CREATE TABLE app_user (
  tenant_id        VARCHAR(64) NOT NULL,
  user_id          VARCHAR(64) NOT NULL,
  organisation_id  VARCHAR(64) NOT NULL,
  display_name     VARCHAR(200) NOT NULL,
  role             VARCHAR(32) NOT NULL,
  created_at       BIGINT NOT NULL,
  disabled_at      BIGINT,
  PRIMARY KEY (tenant_id, user_id)
);
CREATE UNIQUE INDEX app_user_id ON app_user (user_id);

-- An API bearer token. Only the SHA-256 of the token text is kept: the text is shown once, at issue.
CREATE TABLE api_token (
  token_hash    ${blob} NOT NULL PRIMARY KEY,
  token_id      VARCHAR(32) NOT NULL,
  tenant_id     VARCHAR(64) NOT NULL,
  user_id       VARCHAR(64) NOT NULL,
  label         VARCHAR(100) NOT NULL,
  issued_by     VARCHAR(200) NOT NULL,
  created_at    BIGINT NOT NULL,
  expires_at    BIGINT NOT NULL,
  revoked_at    BIGINT,
  last_used_at  BIGINT
);
CREATE UNIQUE INDEX api_token_id ON api_token (token_id);
CREATE INDEX api_token_user ON api_token (tenant_id, user_id);
