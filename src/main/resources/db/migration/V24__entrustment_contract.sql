-- The contract document of an entrustment (issue 14, point 2): each uploaded version of the signed PDF,
-- sealed with the tenant's field AEAD under associated data naming the tenant, the entrustment and the
-- version (a sealed blob copied to another row does not open), with its SHA-256 in hex as the
-- entrustment.contract-upload log record names it (base64url there) and who uploaded it. Versions are
-- kept: a new upload never overwrites the one a log record already names.
CREATE TABLE entrustment_contract (
  tenant_id       VARCHAR(64) NOT NULL,
  entrustment_id  VARCHAR(32) NOT NULL,
  version         INTEGER NOT NULL,
  sha256          VARCHAR(64) NOT NULL,
  size            BIGINT NOT NULL,
  sealed          ${blob} NOT NULL,
  uploaded_by     VARCHAR(64) NOT NULL,
  uploaded_at     BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, entrustment_id, version)
);
