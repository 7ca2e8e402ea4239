-- Issue 19: nothing kept longer than the law allows (module retention; docs/retention.md).
--
-- A purpose's retention rule is data: how many years, from which event, what goes at the end (the whole
-- record, or the number only) and where the rule comes from. Each person used for a purpose has a basis
-- row: the event the period runs from (NULL while the case is open) and the last day the purpose needs
-- the record. A person whose every basis has ended, who is on no active hold, is due. A run lists the
-- due persons as of a day; once approved it erases them, each logged first, and its rows stay as the
-- deletion records: a token, the purposes and the disposal, never a number. Every table leads with
-- tenant_id, and the person tables with (tenant_id, person_id), the vault's shard key.

ALTER TABLE purpose ADD COLUMN retention_disposal VARCHAR(16) NOT NULL DEFAULT 'RECORD';
ALTER TABLE purpose ADD COLUMN retention_source VARCHAR(1000) NOT NULL DEFAULT '';

-- When only the number of a person was erased (the other fields sealed again under a fresh data key);
-- number_index is NULL from then on.
ALTER TABLE person ADD COLUMN number_erased_at BIGINT;

-- The event a purpose's period runs from, per person: event_day and keep_until are epoch days (UTC
-- dates as Japan's calendar gives them), both NULL while the case is open. keep_until is the last day
-- the record is needed; it is computed from the purpose's rule and computed again when the rule changes.
CREATE TABLE retention_basis (
  tenant_id    VARCHAR(64) NOT NULL,
  person_id    BIGINT NOT NULL,
  purpose_id   VARCHAR(64) NOT NULL,
  event_day    INTEGER,
  keep_until   INTEGER,
  recorded_by  VARCHAR(64) NOT NULL,
  recorded_at  BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, person_id, purpose_id)
);
CREATE INDEX retention_basis_purpose ON retention_basis (tenant_id, purpose_id);
CREATE INDEX retention_basis_until ON retention_basis (tenant_id, keep_until);

-- A legal hold (an incident, a court order, an audit): its persons are never deleted while it is active
-- (lifted_at NULL). hold_id is 8 characters of Crockford's base32.
CREATE TABLE retention_hold (
  tenant_id   VARCHAR(64) NOT NULL,
  hold_id     VARCHAR(16) NOT NULL,
  kind        VARCHAR(16) NOT NULL,
  reference   VARCHAR(100) NOT NULL,
  reason      VARCHAR(400) NOT NULL,
  persons     INTEGER NOT NULL,
  placed_by   VARCHAR(64) NOT NULL,
  placed_at   BIGINT NOT NULL,
  lifted_by   VARCHAR(64),
  lifted_at   BIGINT,
  PRIMARY KEY (tenant_id, hold_id)
);

CREATE TABLE retention_hold_person (
  tenant_id  VARCHAR(64) NOT NULL,
  person_id  BIGINT NOT NULL,
  hold_id    VARCHAR(16) NOT NULL,
  PRIMARY KEY (tenant_id, person_id, hold_id)
);

-- A standing approval of a purpose's deletions by the security officer: a run whose every person is due
-- only under purposes with a standing approval needs no approval of its own. Withdrawing deletes the row
-- (the log keeps both acts).
CREATE TABLE retention_standing (
  tenant_id    VARCHAR(64) NOT NULL,
  purpose_id   VARCHAR(64) NOT NULL,
  approved_by  VARCHAR(64) NOT NULL,
  approved_at  BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, purpose_id)
);

-- A deletion run: the persons due as of as_of (an epoch day). state: proposed, approved, running, done,
-- cancelled. The counts are kept as the run goes, so the console and a resumed run show where it stands.
-- everyone_of names the purposes (comma-separated) whose every person the run deletes, as found when it
-- was proposed: approving such a run needs its person count confirmed twice. runner and lease_until:
-- the process running it and until when (epoch milliseconds), taken with one conditional update and
-- renewed every batch, so two processes never run one run at once; an expired lease is taken over.
CREATE TABLE retention_run (
  tenant_id     VARCHAR(64) NOT NULL,
  run_id        VARCHAR(16) NOT NULL,
  as_of         INTEGER NOT NULL,
  state         VARCHAR(16) NOT NULL,
  persons       INTEGER NOT NULL,
  whole         INTEGER NOT NULL DEFAULT 0,
  number_only   INTEGER NOT NULL DEFAULT 0,
  kept          INTEGER NOT NULL DEFAULT 0,
  proposed_by   VARCHAR(64) NOT NULL,
  proposed_at   BIGINT NOT NULL,
  approved_by   VARCHAR(64),
  approved_at   BIGINT,
  standing      INTEGER NOT NULL DEFAULT 0,
  started_at    BIGINT,
  finished_at   BIGINT,
  cancelled_by  VARCHAR(64),
  cancelled_at  BIGINT,
  everyone_of   VARCHAR(1000) NOT NULL DEFAULT '',
  runner        VARCHAR(16),
  lease_until   BIGINT,
  PRIMARY KEY (tenant_id, run_id)
);

-- One person of a run, and once done its deletion record: the token, the purposes whose periods ended
-- (comma-separated ids), what was deleted (RECORD or NUMBER), state due, erasing (its batch was handed
-- to the vault and the run stopped before the result was marked), erased or kept (kept_reason: held,
-- not-due, erased-already, unknown, changed: changed by someone else while its number was erased),
-- and when (done_at, epoch milliseconds). A resident's deletion
-- records are read by token.
CREATE TABLE retention_run_person (
  tenant_id    VARCHAR(64) NOT NULL,
  run_id       VARCHAR(16) NOT NULL,
  person_id    BIGINT NOT NULL,
  token        VARCHAR(19) NOT NULL,
  disposal     VARCHAR(16) NOT NULL,
  purposes     VARCHAR(1000) NOT NULL,
  state        VARCHAR(16) NOT NULL,
  kept_reason  VARCHAR(64),
  done_at      BIGINT,
  PRIMARY KEY (tenant_id, run_id, person_id)
);
CREATE INDEX retention_run_person_person ON retention_run_person (tenant_id, person_id);
CREATE INDEX retention_run_person_token ON retention_run_person (tenant_id, token);
