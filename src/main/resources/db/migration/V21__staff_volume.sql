-- A staff member's own daily volume: the tenant's staff need no entrustment, but their reads are
-- counted per user per day (Asia/Tokyo date, ISO form) against the tenant's staff cap, leased in
-- blocks as entrustment_volume is.
CREATE TABLE staff_volume (
  tenant_id  VARCHAR(64) NOT NULL,
  user_id    VARCHAR(64) NOT NULL,
  day        VARCHAR(10) NOT NULL,
  count      BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, user_id, day)
);

-- A tenant's settings, by name (staff.daily-reads, staff.alert-reads); a missing row is the default.
CREATE TABLE tenant_setting (
  tenant_id  VARCHAR(64) NOT NULL,
  name       VARCHAR(64) NOT NULL,
  value      VARCHAR(256) NOT NULL,
  PRIMARY KEY (tenant_id, name)
);
