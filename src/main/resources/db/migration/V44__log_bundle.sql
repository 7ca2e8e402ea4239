-- Entries as C2SP tlog-tiles entry bundles (docs/log-format.md, Storage): bundle N of a tenant's log
-- holds entries N * 256 to N * 256 + 255, each as a big-endian uint16 length and its canonical bytes;
-- the newest bundle is partial and grows in place, like a partial tile. A whole verification then reads
-- one row per 256 entries instead of one per entry, and the bytes auditors are served are the stored
-- row itself.
CREATE TABLE log_bundle (
  tenant_id    VARCHAR(64) NOT NULL,
  bundle_index BIGINT NOT NULL,
  entries      ${blob} NOT NULL,
  PRIMARY KEY (tenant_id, bundle_index)
);

-- A uint16 length holds at most 65,535 bytes: an older entry longer than that stops the migration
-- here (the check fails naming this table) rather than being stored with a length that lies.
CREATE TABLE log_bundle_entry_too_long (
  entry_length BIGINT NOT NULL CHECK (entry_length <= 65535)
);
INSERT INTO log_bundle_entry_too_long (entry_length)
  SELECT length(entry) FROM log_entry WHERE length(entry) > 65535;
DROP TABLE log_bundle_entry_too_long;

-- Every entry written by an earlier release moves into its bundle, in sequence order.
INSERT INTO log_bundle (tenant_id, bundle_index, entries)
  SELECT tenant_id, seq / 256, ${entry_bundle_of_entries}
  FROM log_entry
  GROUP BY tenant_id, seq / 256;

DROP TABLE log_entry;
