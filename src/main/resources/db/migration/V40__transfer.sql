-- Issue 17: data moves only as an encrypted package to a named recipient (DESIGN.md promise 6,
-- module transfer; the file format is docs/package-format.md).
--
-- Sender side: the recipients a tenant may send to, and each package it made. Receiver side: the
-- senders a tenant accepts packages from, its own recipient keys, and each package it opened. No
-- secret is stored in the clear: a release share and a recipient's private key are sealed by the
-- tenant's field keyset (TenantKeys.sealSecret), bound to tenant and package or key.

-- A recipient: an organisation (or another Mamori tenant) with a registered X25519 public key.
-- fingerprint is SHA-256 of the raw key (hex); state is active or revoked.
CREATE TABLE transfer_recipient (
  tenant_id     VARCHAR(64) NOT NULL,
  recipient_id  VARCHAR(64) NOT NULL,
  name          VARCHAR(200) NOT NULL,
  public_key    ${blob} NOT NULL,
  fingerprint   VARCHAR(64) NOT NULL,
  state         VARCHAR(16) NOT NULL,
  added_by      VARCHAR(64) NOT NULL,
  added_at      BIGINT NOT NULL,
  revoked_at    BIGINT,
  PRIMARY KEY (tenant_id, recipient_id)
);

-- A package made by the tenant. package_id is 32 hex digits (16 random bytes). state: writing (being
-- made; never announced), created, released, opened, lost. release_share is the sealed release share
-- of an online package, set to NULL when the package is reported lost (the share is then gone for
-- good); an offline package has none. sha256 is the finished file's digest, so a file found later is
-- known as this package.
CREATE TABLE transfer_package (
  tenant_id      VARCHAR(64) NOT NULL,
  package_id     VARCHAR(32) NOT NULL,
  recipient_id   VARCHAR(64) NOT NULL,
  fingerprint    VARCHAR(64) NOT NULL,
  purpose_id     VARCHAR(64) NOT NULL,
  case_ref       VARCHAR(100) NOT NULL,
  selection      VARCHAR(100) NOT NULL,
  fields         VARCHAR(400) NOT NULL,
  mode           VARCHAR(16) NOT NULL,
  persons        BIGINT NOT NULL,
  state          VARCHAR(16) NOT NULL,
  release_share  ${blob},
  sha256         VARCHAR(64),
  log_size       BIGINT,
  created_by     VARCHAR(64) NOT NULL,
  created_at     BIGINT NOT NULL,
  expires_at     BIGINT NOT NULL,
  completed_at   BIGINT,
  released_at    BIGINT,
  opened_at      BIGINT,
  lost_at        BIGINT,
  lost_by        VARCHAR(64),
  PRIMARY KEY (tenant_id, package_id)
);

-- A release challenge: SHA-256 of the 32 random bytes sealed to the recipient, good until
-- expires_at for one release (used_at set), and for the opened report until expires_at.
CREATE TABLE transfer_challenge (
  tenant_id     VARCHAR(64) NOT NULL,
  package_id    VARCHAR(32) NOT NULL,
  answer_hash   VARCHAR(64) NOT NULL,
  expires_at    BIGINT NOT NULL,
  used_at       BIGINT,
  PRIMARY KEY (tenant_id, package_id, answer_hash)
);

-- Receiver side: a sender whose packages the tenant accepts, pinned by its package signing key (raw
-- Ed25519, 32 bytes); releases are asked at release_url, never at an address a package names.
CREATE TABLE transfer_sender (
  tenant_id     VARCHAR(64) NOT NULL,
  sender_id     VARCHAR(64) NOT NULL,
  name          VARCHAR(200) NOT NULL,
  signing_key   ${blob} NOT NULL,
  release_url   VARCHAR(400) NOT NULL,
  added_by      VARCHAR(64) NOT NULL,
  added_at      BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, sender_id)
);

-- Receiver side: the tenant's own recipient keys, kept in its Mamori. private_key is sealed.
CREATE TABLE transfer_key (
  tenant_id     VARCHAR(64) NOT NULL,
  fingerprint   VARCHAR(64) NOT NULL,
  public_key    ${blob} NOT NULL,
  private_key   ${blob} NOT NULL,
  created_by    VARCHAR(64) NOT NULL,
  created_at    BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, fingerprint)
);

-- Receiver side: each package the tenant opened. state is opening (an import under way or killed:
-- opening the same file again completes it) or opened; an opened package is never imported again.
CREATE TABLE transfer_opened (
  tenant_id     VARCHAR(64) NOT NULL,
  package_id    VARCHAR(32) NOT NULL,
  sender_id     VARCHAR(64) NOT NULL,
  purpose_id    VARCHAR(64) NOT NULL,
  case_ref      VARCHAR(100) NOT NULL,
  persons       BIGINT NOT NULL,
  state         VARCHAR(16) NOT NULL,
  opened_by     VARCHAR(64) NOT NULL,
  started_at    BIGINT NOT NULL,
  finished_at   BIGINT,
  imported      BIGINT,
  updated       BIGINT,
  unchanged     BIGINT,
  PRIMARY KEY (tenant_id, package_id)
);
