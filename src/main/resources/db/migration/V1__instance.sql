-- One row that names this Mamori installation. Large tables added by later migrations carry
-- tenant_id and a person-derived shard key first in their primary keys (DESIGN.md, Storage and scale).
CREATE TABLE instance (
  singleton   INTEGER NOT NULL PRIMARY KEY CHECK (singleton = 1),
  instance_id VARCHAR(36) NOT NULL,
  created_at  BIGINT NOT NULL
);
