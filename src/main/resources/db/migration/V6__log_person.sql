-- Which entries of a tenant's log name which person (DESIGN.md promise 5: the resident sees every access
-- to their data). One row per entry whose person token is not empty, written in the same transaction as
-- the entry, so the index never lacks an acknowledged entry nor names one that was not stored.
--
-- generation is seq / 16,384. Tokens are random, so a key that began with the token would put every
-- new row on a different page of one ever-growing b-tree: past a few hundred thousand rows each append
-- would rewrite a whole page (SQLite's WAL holds pages), several times the cost of the entry itself
-- (bulk appends on SQLite fell from 140,000/s to 35,000/s). Appends only ever go into the newest
-- generation, a subtree of at most 16,384 rows that stays in SQLite's page cache, and a resident's
-- history is one probe per generation (611 at 10 million entries, a millisecond or two). Beside the
-- tenant, person_token is what a distributed engine can place rows by. On SQLite the table is its own
-- key (WITHOUT ROWID): one b-tree instead of a table and an index.
CREATE TABLE log_person (
  tenant_id    VARCHAR(64) NOT NULL,
  generation   INTEGER NOT NULL,
  person_token VARCHAR(1024) NOT NULL,
  seq          BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, generation, person_token, seq)
)${without_rowid};
