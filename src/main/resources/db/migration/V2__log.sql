-- The transparency log, one per tenant (DESIGN.md promise 4). Every table leads with tenant_id, so a
-- distributed engine can place a tenant's log on one node.

-- The log's integrated size and root, moved forward in the same transaction as the entries and tiles,
-- so that what is stored is always one consistent tree.
CREATE TABLE log_state (
  tenant_id  VARCHAR(64) NOT NULL PRIMARY KEY,
  origin     VARCHAR(255) NOT NULL,
  tree_size  BIGINT NOT NULL,
  root_hash  ${blob} NOT NULL
);

-- Entries in sequence order; entry is the canonical encoding of docs/log-format.md.
CREATE TABLE log_entry (
  tenant_id  VARCHAR(64) NOT NULL,
  seq        BIGINT NOT NULL,
  entry      ${blob} NOT NULL,
  PRIMARY KEY (tenant_id, seq)
);

-- C2SP tlog-tiles: up to 256 hashes of 32 bytes; a partial tile grows in place until it is full.
CREATE TABLE log_tile (
  tenant_id  VARCHAR(64) NOT NULL,
  tile_level INTEGER NOT NULL,
  tile_index BIGINT NOT NULL,
  hashes     ${blob} NOT NULL,
  PRIMARY KEY (tenant_id, tile_level, tile_index)
);

-- Every checkpoint the log signed, as the signed note that was published.
CREATE TABLE log_checkpoint (
  tenant_id  VARCHAR(64) NOT NULL,
  tree_size  BIGINT NOT NULL,
  note       TEXT NOT NULL,
  signed_at  BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, tree_size)
);
