-- Issue 15, a city's own detection rules (docs/detection-rules.md): every version of a tenant's rule
-- file ever loaded, the newest in force. The text is kept as loaded (checked for twelve-digit runs
-- before it is stored), with its SHA-256 (hex) so that the version the log names can be checked
-- against it, who loaded it and when (epoch milliseconds). A version is never changed or deleted:
-- going back is loading an older text again, as a new version.
CREATE TABLE detect_rule_file (
  tenant_id   VARCHAR(64) NOT NULL,
  version     INTEGER NOT NULL,
  text        TEXT NOT NULL,
  sha256      VARCHAR(64) NOT NULL,
  rules       INTEGER NOT NULL,
  loaded_by   VARCHAR(64) NOT NULL,
  loaded_at   BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, version)
);
