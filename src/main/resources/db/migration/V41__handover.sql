-- Issue 18: paper that knows whose it is (module handover; the codes are docs/handover.md).
--
-- Every page Mamori prints belongs to a document; every document is either one resident's (its person
-- token set) or INTERNAL (person_token NULL: a list, whose persons are in handover_document_person).
-- A page's code names the document and the page and is authenticated under the tenant's key; nothing
-- here holds a name, an address or a number.

-- A printed document. document_id is 8 characters of Crockford's base32 (40 random bits), unique
-- within the tenant; the public found page looks it up without a tenant (handover_document_id), and
-- the code's MAC under each candidate tenant's key tells which one printed it. kind: letter (an
-- activation letter), pickup (a pickup notice), notice (a notice to one resident), listing (a list:
-- INTERNAL).
-- expires_at: until when an identifying document (pickup, letter) opens a handover; used_at: when a
-- pickup notice was used up by a finished handover. wrong_tries counts codes of the document with a
-- right check character and a wrong MAC; at five the document is locked (locked_at).
CREATE TABLE handover_document (
  tenant_id     VARCHAR(64) NOT NULL,
  document_id   VARCHAR(8) NOT NULL,
  kind          VARCHAR(16) NOT NULL,
  title         VARCHAR(200) NOT NULL,
  person_token  VARCHAR(64),
  persons       INTEGER NOT NULL,
  pages         INTEGER NOT NULL,
  purpose_id    VARCHAR(64) NOT NULL,
  case_ref      VARCHAR(100) NOT NULL,
  printer       VARCHAR(100) NOT NULL,
  printed_by    VARCHAR(64) NOT NULL,
  printed_at    BIGINT NOT NULL,
  expires_at    BIGINT,
  used_at       BIGINT,
  wrong_tries   INTEGER NOT NULL DEFAULT 0,
  locked_at     BIGINT,
  PRIMARY KEY (tenant_id, document_id)
);
CREATE INDEX handover_document_id ON handover_document (document_id);
CREATE INDEX handover_document_person_token ON handover_document (tenant_id, person_token);

-- The persons on an INTERNAL document (a list), so that a page found outside names everyone it
-- exposes to the security officer.
CREATE TABLE handover_document_person (
  tenant_id     VARCHAR(64) NOT NULL,
  document_id   VARCHAR(8) NOT NULL,
  person_token  VARCHAR(64) NOT NULL,
  PRIMARY KEY (tenant_id, document_id, person_token)
);

-- Each printed page. internal is 1 for a page of an INTERNAL document: it must be accounted for
-- (returned_at, returned_by, disposition filed or shredded) by the end of the day it was printed.
-- A resident's page records the handover that gave it to them (handover_id, handed_at).
CREATE TABLE handover_page (
  tenant_id     VARCHAR(64) NOT NULL,
  document_id   VARCHAR(8) NOT NULL,
  page_no       INTEGER NOT NULL,
  internal      INTEGER NOT NULL,
  printed_at    BIGINT NOT NULL,
  handover_id   VARCHAR(24),
  handed_at     BIGINT,
  returned_at   BIGINT,
  returned_by   VARCHAR(64),
  disposition   VARCHAR(16),
  PRIMARY KEY (tenant_id, document_id, page_no)
);
CREATE INDEX handover_page_unaccounted ON handover_page (tenant_id, internal, returned_at, printed_at);

-- A counter check: the resident named by their own code (by_document, a pickup notice or letter),
-- the counter, the staff member, and where it stands: open, stopped (a wrong page was scanned;
-- nothing more until a second staff member acknowledges), finished or cancelled. The stop names the
-- page (stop_document, stop_page) and what it was (stop_reason: a reason code).
CREATE TABLE handover_session (
  tenant_id        VARCHAR(64) NOT NULL,
  handover_id      VARCHAR(24) NOT NULL,
  person_token     VARCHAR(64) NOT NULL,
  by_document      VARCHAR(8) NOT NULL,
  counter          VARCHAR(100) NOT NULL,
  started_by       VARCHAR(64) NOT NULL,
  started_at       BIGINT NOT NULL,
  state            VARCHAR(16) NOT NULL,
  stop_document    VARCHAR(8),
  stop_page        INTEGER,
  stop_reason      VARCHAR(64),
  stopped_at       BIGINT,
  acknowledged_by  VARCHAR(64),
  acknowledged_at  BIGINT,
  finished_at      BIGINT,
  pages            INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, handover_id)
);
CREATE INDEX handover_session_person ON handover_session (tenant_id, person_token);
CREATE INDEX handover_session_state ON handover_session (tenant_id, state);

-- Each page scanned in a handover, in order. verdict: own (green), other (another resident's),
-- internal, handed (handed over before), repeat (scanned already in this handover).
CREATE TABLE handover_scan (
  tenant_id     VARCHAR(64) NOT NULL,
  handover_id   VARCHAR(24) NOT NULL,
  seq           INTEGER NOT NULL,
  document_id   VARCHAR(8) NOT NULL,
  page_no       INTEGER NOT NULL,
  verdict       VARCHAR(16) NOT NULL,
  scanned_at    BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, handover_id, seq)
);

-- A page reported by someone outside (the public found page): the page, when, the alert raised for
-- the security officer, and the decision that closes it (decision: a kind; decision_note: what was
-- decided and why, never a number).
CREATE TABLE found_report (
  tenant_id      VARCHAR(64) NOT NULL,
  report_id      VARCHAR(24) NOT NULL,
  document_id    VARCHAR(8) NOT NULL,
  page_no        INTEGER NOT NULL,
  reported_at    BIGINT NOT NULL,
  alert_id       VARCHAR(64),
  state          VARCHAR(16) NOT NULL,
  decision       VARCHAR(32),
  decision_note  VARCHAR(1000),
  decided_by     VARCHAR(64),
  decided_at     BIGINT,
  PRIMARY KEY (tenant_id, report_id)
);
CREATE INDEX found_report_state ON found_report (tenant_id, state);
