-- Issue 15, the reports, the notices and the evidence of an incident.
--
-- Each saved version of an incident's preliminary (速報) or final (確報) report to the PPC: the body
-- as JSON exactly as it was hashed and is served (the PDF is made from it), its SHA-256 in lower-case
-- hex, who saved it and when, and the log index of the incident.report-save record that carried the
-- hash into the tenant's log before the row was stored. submitted_at is set once, when the version
-- is marked submitted; a submitted version is never changed, a later change is a new version.
CREATE TABLE incident_report (
  tenant_id     VARCHAR(64) NOT NULL,
  incident_id   VARCHAR(32) NOT NULL,
  kind          VARCHAR(16) NOT NULL,
  version       INTEGER NOT NULL,
  body          TEXT NOT NULL,
  sha256        VARCHAR(64) NOT NULL,
  saved_by      VARCHAR(64) NOT NULL,
  saved_at      BIGINT NOT NULL,
  log_index     BIGINT NOT NULL,
  submitted_at  BIGINT,
  submitted_by  VARCHAR(64),
  PRIMARY KEY (tenant_id, incident_id, kind, version)
);

-- The notices sent to the affected persons of an incident: one row per person and channel (portal,
-- letter), with the log index of the incident.notice record naming the person's token, so the notice
-- is in the resident's own access history. The key makes notifying twice notify no one twice.
CREATE TABLE incident_notice (
  tenant_id     VARCHAR(64) NOT NULL,
  incident_id   VARCHAR(32) NOT NULL,
  person_token  VARCHAR(128) NOT NULL,
  channel       VARCHAR(16) NOT NULL,
  log_index     BIGINT NOT NULL,
  notified_at   BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, incident_id, person_token, channel)
);
CREATE INDEX incident_notice_person ON incident_notice (tenant_id, person_token);
