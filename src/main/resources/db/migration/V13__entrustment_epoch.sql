-- A counter per tenant that moves on every change of its purposes or entrustments (issue 5). A service
-- instance caches a tenant's entrustments for its decisions and reads this one row per decision: when
-- it has moved, another instance (or this one) changed something, and the cache is read again, so a
-- revocation anywhere denies everywhere at once.
CREATE TABLE entrustment_epoch (
  tenant_id  VARCHAR(64) NOT NULL PRIMARY KEY,
  epoch      BIGINT NOT NULL
);
