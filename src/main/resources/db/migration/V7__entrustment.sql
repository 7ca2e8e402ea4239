-- Organisations, purposes and entrustments (DESIGN.md promise 2; LAW.md Art. 9, 10, 11). Small tables
-- keyed by tenant; the volume counter, written on every authorised access, leads with tenant_id.

-- A controller (a tenant: its tenant_id is its own id), a contractor or a subcontractor of one tenant.
CREATE TABLE organisation (
  org_id     VARCHAR(64) NOT NULL PRIMARY KEY,
  tenant_id  VARCHAR(64) NOT NULL,
  name       VARCHAR(200) NOT NULL,
  kind       VARCHAR(16) NOT NULL
);

-- The purposes (事務) a tenant registered, with the legal basis and the retention rule.
CREATE TABLE purpose (
  tenant_id        VARCHAR(64) NOT NULL,
  purpose_id       VARCHAR(64) NOT NULL,
  name             VARCHAR(200) NOT NULL,
  legal_basis      VARCHAR(1000) NOT NULL,
  retention_years  INTEGER NOT NULL,
  retention_from   VARCHAR(64) NOT NULL,
  PRIMARY KEY (tenant_id, purpose_id)
);

-- One entrustment (委託) or re-entrustment (再委託, parent_id set). Booleans are 0/1 integers on both
-- stores; lists are text: staff one per line, purposes and actions comma-separated, fields as
-- column:MASK pairs. status is the stored state; a descendant of a suspended or revoked entrustment is
-- cut by reading the chain, not by rewriting it.
CREATE TABLE entrustment (
  tenant_id            VARCHAR(64) NOT NULL,
  entrustment_id       VARCHAR(32) NOT NULL,
  parent_id            VARCHAR(32),
  from_org             VARCHAR(64) NOT NULL,
  to_org               VARCHAR(64) NOT NULL,
  status               VARCHAR(16) NOT NULL,
  approval             VARCHAR(16) NOT NULL,
  approved_by          VARCHAR(64),
  approved_at          BIGINT,
  advance_by           VARCHAR(64),
  advance_at           BIGINT,
  confidentiality      INTEGER NOT NULL,
  no_takeout           INTEGER NOT NULL,
  staff                TEXT NOT NULL,
  inspection           INTEGER NOT NULL,
  purpose_only         INTEGER NOT NULL,
  return_or_disposal   INTEGER NOT NULL,
  compliance_reports   TEXT NOT NULL,
  advance_sub          VARCHAR(64),
  advance_documents    TEXT,
  advance_reports      INTEGER NOT NULL,
  purposes             TEXT NOT NULL,
  fields               TEXT NOT NULL,
  person_kind          VARCHAR(16) NOT NULL,
  person_ref           VARCHAR(200) NOT NULL,
  period_from          VARCHAR(10) NOT NULL,
  period_to            VARCHAR(10) NOT NULL,
  daily_cap            BIGINT NOT NULL,
  actions              VARCHAR(200) NOT NULL,
  created_at           BIGINT NOT NULL,
  updated_at           BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, entrustment_id)
);
CREATE INDEX entrustment_to ON entrustment (tenant_id, to_org);

-- Accesses counted per entrustment per day (Asia/Tokyo date, ISO form), against the daily cap.
CREATE TABLE entrustment_volume (
  tenant_id       VARCHAR(64) NOT NULL,
  entrustment_id  VARCHAR(32) NOT NULL,
  day             VARCHAR(10) NOT NULL,
  count           BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, entrustment_id, day)
);
