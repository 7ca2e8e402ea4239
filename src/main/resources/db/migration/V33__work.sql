-- Issue 16: contracted data entry done inside Mamori (DESIGN.md module work).
--
-- Nothing here is readable without the keys. A document's page images, the regions cut from them,
-- the entries keyed and the values accepted are AES-256-GCM ciphertexts under the document's own data
-- key (crypto.DocumentKey), stored only wrapped by the tenant's field keyset and bound to tenant,
-- document and part; once a document is accepted its fields move to person_document, under the data
-- key of the person it was tied to, so erasing that person shreds them too. Large tables lead with
-- (tenant_id, document_id), a random 63-bit id, so a distributed engine can shard them by tenant and
-- document; person_document leads with (tenant_id, person_id) like the rest of the vault.

-- The document types a tenant loaded from a file (the built-in ones live in the jar). body is the file
-- exactly as loaded and hashed; a new load of the same id is a new version, the old ones stay for the
-- jobs made with them.
CREATE TABLE work_type (
  tenant_id   VARCHAR(64) NOT NULL,
  type_id     VARCHAR(64) NOT NULL,
  version     INTEGER NOT NULL,
  body        TEXT NOT NULL,
  sha256      VARCHAR(64) NOT NULL,
  loaded_by   VARCHAR(64) NOT NULL,
  loaded_at   BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, type_id, version)
);

-- A job: keying one kind of document for one purpose by a deadline. The entrustments that give the
-- work name the job as their person set (job:<job_id>). state is open or closed.
CREATE TABLE work_job (
  tenant_id     VARCHAR(64) NOT NULL,
  job_id        VARCHAR(32) NOT NULL,
  name          VARCHAR(200) NOT NULL,
  purpose_id    VARCHAR(64) NOT NULL,
  type_id       VARCHAR(64) NOT NULL,
  type_version  INTEGER NOT NULL,
  deadline      BIGINT NOT NULL,
  state         VARCHAR(16) NOT NULL,
  created_by    VARCHAR(64) NOT NULL,
  created_at    BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, job_id)
);

-- Per operator task quotas of the organisation an entrustment gives a job to: tasks an hour and a day.
CREATE TABLE work_quota (
  tenant_id       VARCHAR(64) NOT NULL,
  entrustment_id  VARCHAR(32) NOT NULL,
  hourly          INTEGER NOT NULL,
  daily           INTEGER NOT NULL,
  set_by          VARCHAR(64) NOT NULL,
  set_at          BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, entrustment_id)
);

-- One scanned document of a job. data_key is its data key wrapped by the tenant's field keyset.
-- source is the file's name as loaded, checked to hold nothing like a My Number. state is open (being
-- keyed) or accepted; person_id and person_token name the vault person it was tied to, once the
-- number was accepted (found) or the document accepted (registered).
CREATE TABLE work_document (
  tenant_id     VARCHAR(64) NOT NULL,
  document_id   BIGINT NOT NULL,
  job_id        VARCHAR(32) NOT NULL,
  seq           INTEGER NOT NULL,
  source        VARCHAR(200) NOT NULL,
  pages         INTEGER NOT NULL,
  data_key      ${blob} NOT NULL,
  state         VARCHAR(16) NOT NULL,
  person_id     BIGINT,
  person_token  VARCHAR(128),
  loaded_at     BIGINT NOT NULL,
  accepted_at   BIGINT,
  PRIMARY KEY (tenant_id, document_id)
);
CREATE UNIQUE INDEX work_document_job ON work_document (tenant_id, job_id, seq);

-- Each page of a document as a sealed PNG (PDF pages rendered at load). Kept for evidence and to cut
-- regions again; never served.
CREATE TABLE work_page (
  tenant_id    VARCHAR(64) NOT NULL,
  document_id  BIGINT NOT NULL,
  page_no      INTEGER NOT NULL,
  width        INTEGER NOT NULL,
  height       INTEGER NOT NULL,
  image        ${blob} NOT NULL,
  PRIMARY KEY (tenant_id, document_id, page_no)
);

-- The region of one field of a document, cut from its page at load and sealed as a PNG: what the desk
-- renders, with its watermark, to the operator keying that field.
CREATE TABLE work_region (
  tenant_id    VARCHAR(64) NOT NULL,
  document_id  BIGINT NOT NULL,
  field_id     VARCHAR(64) NOT NULL,
  image        ${blob} NOT NULL,
  PRIMARY KEY (tenant_id, document_id, field_id)
);

-- A task: one part (a group of fields) of one document, keyed twice by two operators and, when they
-- differ, decided by a verifier. state: entry (waiting for a first or second entry), verify (the two
-- entries differ), done (accepted). held_by/held_until: the operator it is given to now, until when.
CREATE TABLE work_task (
  tenant_id    VARCHAR(64) NOT NULL,
  task_id      VARCHAR(32) NOT NULL,
  job_id       VARCHAR(32) NOT NULL,
  document_id  BIGINT NOT NULL,
  part_id      VARCHAR(64) NOT NULL,
  seq          BIGINT NOT NULL,
  state        VARCHAR(16) NOT NULL,
  entries      INTEGER NOT NULL,
  held_by      VARCHAR(64),
  held_until   BIGINT,
  created_at   BIGINT NOT NULL,
  done_at      BIGINT,
  PRIMARY KEY (tenant_id, task_id)
);
CREATE INDEX work_task_queue ON work_task (tenant_id, job_id, state, seq);
CREATE INDEX work_task_document ON work_task (tenant_id, document_id);

-- The entries of a task: side 1 and 2 by two different operators, side 3 the verifier's decision.
-- entry is the sealed JSON of the values keyed, by field id.
CREATE TABLE work_entry (
  tenant_id    VARCHAR(64) NOT NULL,
  task_id      VARCHAR(32) NOT NULL,
  side         INTEGER NOT NULL,
  document_id  BIGINT NOT NULL,
  job_id       VARCHAR(32) NOT NULL,
  operator     VARCHAR(64) NOT NULL,
  entry        ${blob} NOT NULL,
  entered_at   BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, task_id, side)
);
CREATE INDEX work_entry_operator ON work_entry (tenant_id, operator, entered_at);
CREATE INDEX work_entry_job ON work_entry (tenant_id, job_id, entered_at);

-- The value accepted for each field of a document, sealed, until the document is accepted into the
-- vault. decided is agreed (both entries alike) or verified (the verifier chose).
CREATE TABLE work_value (
  tenant_id    VARCHAR(64) NOT NULL,
  document_id  BIGINT NOT NULL,
  field_id     VARCHAR(64) NOT NULL,
  value        ${blob} NOT NULL,
  decided      VARCHAR(16) NOT NULL,
  PRIMARY KEY (tenant_id, document_id, field_id)
);

-- Each operator's accuracy on a job: fields keyed, and how many of them were the value accepted.
CREATE TABLE work_accuracy (
  tenant_id   VARCHAR(64) NOT NULL,
  job_id      VARCHAR(32) NOT NULL,
  operator    VARCHAR(64) NOT NULL,
  keyed       BIGINT NOT NULL,
  right_keys  BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, job_id, operator)
);

-- An accepted document's fields, linked to the person it was tied to: the JSON of field id to value,
-- sealed under that person's data key (field name doc/<document_id>).
CREATE TABLE person_document (
  tenant_id    VARCHAR(64) NOT NULL,
  person_id    BIGINT NOT NULL,
  document_id  BIGINT NOT NULL,
  job_id       VARCHAR(32) NOT NULL,
  type_id      VARCHAR(64) NOT NULL,
  fields       ${blob} NOT NULL,
  accepted_at  BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, person_id, document_id)
);
