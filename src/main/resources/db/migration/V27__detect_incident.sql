-- Issue 15, detection and incidents: the shared base the detect and incident modules build on.
--
-- An alert (security_alert, V14) gains what a rule says about it: its severity (low, medium, high,
-- critical), the log indexes that are its evidence (comma separated, oldest first), the action policy
-- the rule named (notify, suspend-entrustment, suspend-user) and what that policy did (for example
-- "entrustment e-3 suspended"), and what officers did with it: acknowledged by whom and when, assigned
-- to whom, closed with which reason. Alerts raised before this version are medium, notify, no evidence.
ALTER TABLE security_alert ADD COLUMN severity VARCHAR(16) NOT NULL DEFAULT 'medium';
ALTER TABLE security_alert ADD COLUMN evidence VARCHAR(4000) NOT NULL DEFAULT '';
ALTER TABLE security_alert ADD COLUMN policy VARCHAR(32) NOT NULL DEFAULT 'notify';
ALTER TABLE security_alert ADD COLUMN taken VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE security_alert ADD COLUMN acknowledged_at BIGINT;
ALTER TABLE security_alert ADD COLUMN acknowledged_by VARCHAR(64);
ALTER TABLE security_alert ADD COLUMN assignee VARCHAR(64);
ALTER TABLE security_alert ADD COLUMN close_reason VARCHAR(500);
CREATE INDEX security_alert_raised ON security_alert (tenant_id, raised_at);

-- Where the detection of each tenant stands in its log: every record below position has been read by
-- every rule, and the alerts it raised are stored in the same transaction as the position, so a
-- restart neither misses a record nor raises an alert twice.
CREATE TABLE detect_position (
  tenant_id   VARCHAR(64) NOT NULL PRIMARY KEY,
  position    BIGINT NOT NULL,
  updated_at  BIGINT NOT NULL
);

-- An incident: a suspected or confirmed leak, opened from alerts or by hand ("a magazine called").
-- aware_at is when the body became aware (the deadlines count from it); the suspect is an actor (a
-- user id), an organisation, an entrustment or a document, and the window the span of the log that
-- the affected persons are computed over. classification holds the PPC rule's four triggers and the
-- encryption exemption as JSON with the reasons; the deadlines are stored as computed (business days
-- with Japanese public holidays for the preliminary report) so that a later change of the settings
-- does not move a deadline already set.
CREATE TABLE incident (
  tenant_id        VARCHAR(64) NOT NULL,
  incident_id      VARCHAR(32) NOT NULL,
  title            VARCHAR(200) NOT NULL,
  summary          VARCHAR(4000) NOT NULL,
  opened_at        BIGINT NOT NULL,
  opened_by        VARCHAR(64) NOT NULL,
  aware_at         BIGINT NOT NULL,
  suspect_kind     VARCHAR(16) NOT NULL,
  suspect          VARCHAR(200) NOT NULL,
  window_from      BIGINT NOT NULL,
  window_to        BIGINT NOT NULL,
  status           VARCHAR(16) NOT NULL,
  classification   VARCHAR(4000) NOT NULL DEFAULT '',
  preliminary_due  BIGINT,
  final_due        BIGINT,
  affected_count   BIGINT NOT NULL DEFAULT 0,
  affected_at      BIGINT,
  closed_at        BIGINT,
  closed_by        VARCHAR(64),
  close_reason     VARCHAR(500),
  PRIMARY KEY (tenant_id, incident_id)
);
CREATE INDEX incident_opened ON incident (tenant_id, opened_at);

-- The alerts an incident was opened from.
CREATE TABLE incident_alert (
  tenant_id    VARCHAR(64) NOT NULL,
  incident_id  VARCHAR(32) NOT NULL,
  alert_id     VARCHAR(32) NOT NULL,
  PRIMARY KEY (tenant_id, incident_id, alert_id)
);

-- The persons an incident affects, as computed from the log: the person's agency-specific token (never
-- a number), the actions done to their record (read, list, package, print, handover; comma separated)
-- and the log indexes that are the evidence (comma separated, oldest first, the first 200).
CREATE TABLE incident_person (
  tenant_id     VARCHAR(64) NOT NULL,
  incident_id   VARCHAR(32) NOT NULL,
  person_token  VARCHAR(128) NOT NULL,
  actions       VARCHAR(200) NOT NULL,
  evidence      VARCHAR(4000) NOT NULL,
  first_at      BIGINT NOT NULL,
  last_at       BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, incident_id, person_token)
);
