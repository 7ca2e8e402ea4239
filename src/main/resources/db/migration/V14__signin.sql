-- Sign-in for staff and contractors (issue 6): a password (Argon2id) always followed by a second
-- factor, throttled and then locked after repeated failures; and the alerts a security officer sees.
-- Both tables lead with tenant_id, like app_user, so a tenant's people stay together.

-- One row per user who has a password or a second factor. password_hash is Spring Security's encoded
-- Argon2id ($argon2id$...); totp_secret is AES-256-GCM under the tenant's field key, bound to the tenant
-- and user; totp_last_step is the newest step a code was accepted for, so no code is accepted twice.
-- A session signed in before sessions_valid_from is over (revocation by an officer or a password change).
CREATE TABLE user_credential (
  tenant_id            VARCHAR(64) NOT NULL,
  user_id              VARCHAR(64) NOT NULL,
  password_hash        VARCHAR(255),
  password_set_at      BIGINT,
  totp_secret          ${blob},
  totp_enrolled_at     BIGINT,
  totp_last_step       BIGINT NOT NULL DEFAULT 0,
  failures             INTEGER NOT NULL DEFAULT 0,
  last_failure_at      BIGINT,
  locked_at            BIGINT,
  sessions_valid_from  BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, user_id)
);

-- What a tenant's security officer must look at until they close it.
CREATE TABLE security_alert (
  tenant_id   VARCHAR(64) NOT NULL,
  alert_id    VARCHAR(32) NOT NULL,
  kind        VARCHAR(64) NOT NULL,
  subject     VARCHAR(200) NOT NULL,
  detail      VARCHAR(1000) NOT NULL,
  raised_at   BIGINT NOT NULL,
  closed_at   BIGINT,
  closed_by   VARCHAR(64),
  PRIMARY KEY (tenant_id, alert_id)
);
CREATE INDEX security_alert_open ON security_alert (tenant_id, closed_at, raised_at);
